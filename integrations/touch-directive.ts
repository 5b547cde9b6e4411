/**
 * `client:touch`: an island that hydrates at the first pointer press, focus or key press inside it, or
 * when a page script sends it WAKE_SIGNAL (saved progress to show). Until then a module page runs no
 * framework code at all.
 *
 * The island's props carry only ids, so before hydrating it fetches the module's exercises file
 * (src/lib/exercises/preload.ts; its address is on the ExerciseStatus element right after the island),
 * from which the island draws the same first view the server drew. The file is warmed when the page is
 * idle (unless the browser asks to save data) and when a pointer comes over the island, so the first
 * touch rarely waits for it; offline, the service worker serves it.
 *
 * The first interaction is never lost. Ticks in a form stay ticked by themselves (the island adopts
 * them). A button pressed before the island is awake is held (its click stopped, so nothing half-works)
 * and pressed again once the island has hydrated; Enter and Space on a button arrive here as that click.
 * If the file (or, rarely, the page's strings file: src/lib/i18n/page-strings.ts) cannot load, the
 * status element says so and the press stays held; the next touch, or the connection coming back, tries
 * again, and the held press is played once the island is awake (a newer press replaces it: it is what
 * the person chose last).
 */
import type { ClientDirective } from 'astro';
import { preloadExercises } from '../src/lib/exercises/preload';
import { WAKE_EVENTS, WAKE_SIGNAL, exerciseStatusAfter, heldButton } from '../src/lib/exercises/wake';
import { ensurePageStrings } from '../src/lib/i18n/page-strings';

const wakers = [...WAKE_EVENTS, WAKE_SIGNAL];

/**
 * When the exercise comes within a screen or so of view, so someone who reads only the top of a module
 * (the crisis module's file is 44 KB compressed) never fetches it. The island itself has no box
 * (`display: contents`), so its first child is watched.
 */
function whenNear(island: HTMLElement, work: () => void): void {
  const target = island.firstElementChild;
  if (!target || !('IntersectionObserver' in window)) return;
  const observer = new IntersectionObserver(
    (entries) => {
      if (!entries.some((entry) => entry.isIntersecting)) return;
      observer.disconnect();
      work();
    },
    { rootMargin: '600px 0px' },
  );
  observer.observe(target);
}

/** Save-Data, as wantsSaveData in src/lib/offline/pause.ts reads it (not imported: that module brings the storage keys). */
const savesData = () => (navigator as Navigator & { connection?: { saveData?: unknown } }).connection?.saveData === true;

const touch: ClientDirective = (load, _options, island) => {
  // The status line after the island, with the exercises file's address, is looked for when needed, not
  // at the start: Astro starts an island once its own children have arrived, which on a slow page (or one
  // the offline copy streams) can be before the parser reaches that line. (Read at the start, a missing
  // line let an exercise wake without its file: its first render threw, and the exercise vanished.)
  const status = () => exerciseStatusAfter(island);
  const warm = () => {
    const source = status()?.dataset.exercises;
    if (source) preloadExercises(source).catch(() => undefined);
  };
  let held: HTMLButtonElement | undefined;
  let waking = false;

  const hold = (event: Event) => {
    const button = heldButton(event.target, island);
    if (!button) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held = button;
  };

  const listen = (on: boolean) => {
    for (const name of wakers) {
      if (on) island.addEventListener(name, wake, true);
      else island.removeEventListener(name, wake, true);
    }
  };

  function wake() {
    if (waking) return;
    waking = true;
    listen(false);
    island.addEventListener('click', hold, true);
    void (async () => {
      try {
        // The strings file is deferred: once it is here, the page has been read, status line and all.
        await ensurePageStrings();
        const source = status()?.dataset.exercises;
        if (source) await preloadExercises(source);
      } catch {
        // Said plainly; the held press waits, and the next touch or the connection coming back tries again.
        const line = status();
        if (line) line.textContent = line.dataset.unavailable ?? '';
        waking = false;
        listen(true);
        window.addEventListener('online', wake, { once: true });
        return;
      }
      const line = status();
      if (line) line.textContent = '';
      try {
        const hydrate = await load();
        await hydrate();
      } finally {
        island.removeEventListener('click', hold, true);
        // React has started hydrating (in a transition); a click now is one it hydrates for and answers.
        const button = held;
        held = undefined;
        if (button?.isConnected) button.click();
      }
    })();
  }

  listen(true);
  island.addEventListener('pointerenter', warm, { once: true });
  // Not for someone who asked their browser to save data: the file then loads at the first touch.
  if (!savesData()) whenNear(island, warm);
};

export default touch;
