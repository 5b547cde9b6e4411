/**
 * Runs work that can wait until the page has painted its first content, so that neither its code nor
 * what it fetches competes with that paint. The browser reports the first contentful paint (Paint
 * Timing); the work starts in the task after that report. A frame callback is not enough: the paint is
 * presented, and reported, after the task that follows it has often begun. Where there is no report to
 * wait for (a browser without Paint Timing, or a page opened in a background tab, which paints nothing
 * until it is shown), the work starts after the next frame, or the next task; and it never waits more
 * than a few seconds.
 */
const LONGEST_WAIT_MS = 3000;

export function afterFirstPaint(work: () => void): void {
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    setTimeout(work, 0);
  };
  const painted = () => performance.getEntriesByType('paint').some((entry) => entry.name === 'first-contentful-paint');
  if (painted()) return start();
  if (document.visibilityState === 'hidden') return start();
  if (!PerformanceObserver.supportedEntryTypes?.includes('paint')) {
    requestAnimationFrame(start);
    return;
  }
  const observer = new PerformanceObserver(() => {
    if (!painted()) return;
    observer.disconnect();
    start();
  });
  observer.observe({ type: 'paint' });
  setTimeout(() => {
    observer.disconnect();
    start();
  }, LONGEST_WAIT_MS);
}
