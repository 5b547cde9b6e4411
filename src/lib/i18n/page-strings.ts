/**
 * The interface strings in the browser (issue #18): each page loads one file holding, in its own
 * language only, the tables of the features its scripts and islands read, as a global. The build writes
 * that file, links it from the page, and makes the browser's code read `ui.<feature>` from it
 * (integrations/page-strings.ts).
 *
 * At build time (and in unit tests and `astro dev`), every feature is read through ./localized.ts, both
 * languages at hand. An English page no longer downloads every Spanish string its scripts could show,
 * nor a Spanish page the English ones.
 */

/** The global a page's strings file sets: feature name to table. */
export const PAGE_STRINGS_GLOBAL = '__alongsideStrings';
/** The attribute on the page's <script> that loads its strings file. */
export const PAGE_STRINGS_ATTRIBUTE = 'data-page-strings';

const loaded = () => PAGE_STRINGS_GLOBAL in globalThis;
/** The fetch under way, so islands woken together ask once; forgotten once it is over, so a later try asks again. */
let fetching: Promise<void> | undefined;

/**
 * Resolves once the page's strings are there, for an island's directive: at once, almost always. The
 * file is deferred, so if the page is still being read (a press as it loads), this waits for that
 * first; then, if the file failed to load, asks for it again (refetchPageStrings).
 */
export function ensurePageStrings(): Promise<void> | undefined {
  if (loaded()) return;
  return deferredScriptsDone()
    ? refetchPageStrings()
    : new Promise<void>((resolve) => document.addEventListener('DOMContentLoaded', () => resolve(), { once: true })).then(
        refetchPageStrings,
      );
}

/**
 * Whether the page's deferred scripts have had their turn. Not readyState alone: it turns "interactive"
 * once the page is read, and the deferred scripts run after that (a slow strings file is still on its
 * way); DOMContentLoaded comes after them, and navigation timing says whether it has started.
 */
function deferredScriptsDone(): boolean {
  const state = document.readyState;
  if (state !== 'interactive') return state !== 'loading';
  const [navigation] = performance.getEntriesByType('navigation') as PerformanceNavigationTiming[];
  return !navigation || navigation.domContentLoadedEventStart > 0;
}

/**
 * For code that runs once the page is parsed (its deferred strings file has run, or failed): if the
 * file failed to load (a connection that dropped), it is fetched again, by a new <script>, which a
 * browser does not answer from a remembered failure; rejects if that fails too, so the caller can say
 * so and try again later. (Kept short: every page with a script loads it.)
 */
export function refetchPageStrings(): Promise<void> | undefined {
  const linked = document.querySelector<HTMLScriptElement>(`script[${PAGE_STRINGS_ATTRIBUTE}]`);
  if (!linked || loaded()) return;
  return (fetching ??= new Promise<void>((resolve, reject) => {
    const again = document.createElement('script');
    again.src = linked.src;
    // Marked too, so that after another failure the next try finds the address again.
    again.setAttribute(PAGE_STRINGS_ATTRIBUTE, '');
    again.onload = () => (loaded() ? resolve() : reject(new Error(again.src)));
    again.onerror = reject;
    linked.replaceWith(again);
  }).finally(() => (fetching = undefined)));
}
