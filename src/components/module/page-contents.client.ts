/**
 * Marks the section being read in "On this page" (aria-current="true") as the reader scrolls, and keeps
 * it in view inside the sidebar list. It never scrolls the page itself, and moves the list without
 * animation when the reader asks for reduced motion. Without this script the list is plain links.
 */
import { currentSection } from '../../lib/curriculum/contents';

/** The reading line: a quarter of the way down the window, where a heading has just been reached. */
const READING_LINE = 0.25;

export function followContents(lists: Iterable<HTMLElement>, scroller: HTMLElement | null): void {
  const links = [...lists].flatMap((list) => [...list.querySelectorAll<HTMLAnchorElement>('a[href^="#"]')]);
  const ids = [...new Set(links.map((link) => decodeURIComponent(link.hash.slice(1))))];
  const headings = ids.flatMap((id) => document.getElementById(id) ?? []);
  if (!headings.length) return;
  const reduceMotion = matchMedia('(prefers-reduced-motion: reduce)');
  let current: string | undefined;
  let pending = 0;

  const update = () => {
    pending = 0;
    const tops = headings.map((heading) => ({ id: heading.id, top: heading.getBoundingClientRect().top }));
    const next = currentSection(tops, innerHeight * READING_LINE);
    if (next === current) return;
    current = next;
    for (const link of links) {
      if (decodeURIComponent(link.hash.slice(1)) === current) link.setAttribute('aria-current', 'true');
      else link.removeAttribute('aria-current');
    }
    keepInView(scroller, current, reduceMotion.matches);
  };
  const schedule = () => {
    pending ||= requestAnimationFrame(update);
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  // The first mark too waits for the next frame, and reads the positions that frame lays out anyway:
  // read now, they forced a layout of the whole page of their own (about 20 ms on a phone's CPU).
  schedule();
}

/** Scrolls the sidebar list (not the page) so the current link is visible, when the list is taller than its box. */
function keepInView(scroller: HTMLElement | null, id: string | undefined, reduceMotion: boolean): void {
  if (!scroller || !id || scroller.scrollHeight <= scroller.clientHeight) return;
  const link = scroller.querySelector<HTMLElement>(`a[href="#${CSS.escape(id)}"]`);
  if (!link) return;
  const box = scroller.getBoundingClientRect();
  const at = link.getBoundingClientRect();
  if (at.top >= box.top && at.bottom <= box.bottom) return;
  const top = scroller.scrollTop + at.top - box.top - box.height / 2;
  scroller.scrollTo({ top, behavior: reduceMotion ? 'auto' : 'smooth' });
}
