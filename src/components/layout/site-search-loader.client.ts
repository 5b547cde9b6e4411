/**
 * Loads the header search's code (site-search.client.ts) only when someone goes to search: the first
 * focus, press or key in the search box, or at once on /search/?q=…. A page that is only read never
 * loads it. Nothing typed is lost: what is in the box when the code arrives is searched, and a search
 * submitted before then runs once it has.
 */
const WAKERS = ['focusin', 'pointerdown', 'keydown'] as const;

export function loadSiteSearchOnUse(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  let loading = false;
  let submitted = false;

  const load = () => {
    if (loading) return;
    loading = true;
    searchStartedLoading(); // the offline copy waits until the index is here (it downloads the same files)
    void import('./site-search.client').then(({ attachSiteSearch }) => {
      form.removeEventListener('submit', holdSubmit);
      attachSiteSearch(root);
      if (submitted) form.requestSubmit();
      else if (input.value.trim()) input.dispatchEvent(new Event('input'));
    });
    // Pagefind's files load beside our code rather than after it (a failure is said by site-search.client.ts).
    preloadSearchEngine(root);
  };

  // Without JavaScript the form goes to /search/; with it, a search submitted this early waits a moment.
  const holdSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    submitted = true;
    load();
  };

  for (const name of WAKERS) root.addEventListener(name, load, { capture: true, once: true });
  form.addEventListener('submit', holdSubmit);
  if (location.pathname.endsWith('/search/') && new URLSearchParams(location.search).has('q')) load();
  // Someone already in the box (the page was slow to load its script) is searching.
  else if (root.contains(document.activeElement) || input.value.trim()) load();
}

/**
 * Pagefind's script, then its entry file once the script has run, then its wasm and its index's
 * metadata once the entry has come: three downloads one after another before the first search. The
 * page lists them (SiteSearch.astro): the script, the wasm for the page's language, the metadata of
 * that language's index (named by the build: integrations/pagefind.ts), and the entry file under the
 * cache tag site-search.client.ts gives Pagefind (this build's id). They are asked for here at once,
 * and Chromium hands Pagefind's own requests these copies (tests/e2e/search.spec.ts). Safari is
 * reported not to hand a preload to fetch(): there Pagefind asks again, which the host's no-cache
 * makes a check of the copy just fetched, or a second download if that copy is still on its way (not
 * measured here). Measured in Chromium with Lighthouse's phone connection (562.5 ms a request,
 * 1.47 Mbit/s), first results after the first key: 3.92 -> 3.40 s for the script, entry and wasm
 * (medians of 14), then 3.46 -> 2.90 s with the metadata too (medians of 11, timed in the page).
 *
 * The entry file and the metadata (data-index) are not asked for early on a page the offline copy
 * controls: there the service worker answers for the connection of that moment (offline, with the
 * index of the pages kept on this device, whose metadata is another file), and the connection may
 * change before search's code is here to listen for it. Its script and wasm come from the offline copy
 * there anyway.
 */
function preloadSearchEngine(root: HTMLElement): void {
  // Without the list (a page built before it), search still loads: Pagefind asks for each file itself.
  const engine = root.querySelector<HTMLTemplateElement>('template[data-search-engine]')?.content;
  if (!engine) return;
  if (navigator.serviceWorker?.controller) engine.querySelectorAll('[data-index]').forEach((link) => link.remove());
  document.head.append(engine);
}

/**
 * Search and the offline copy download at the same time otherwise (both need Pagefind's script and wasm;
 * search then the whole site's index, the copy the essential pages' one), and on a phone the second
 * download slows the first. So search says when it starts loading and when it is done: its first results
 * are in and it has been quiet for a moment since (or it could not load). The offline copy, which can
 * wait, starts only when no search is loading (offline.client.ts). Kept here, in the script every page
 * with search loads.
 */
const SEARCH_LOADING_ATTRIBUTE = 'data-search-loading';
/** Sent on the document when search is done loading (its first results are in, and it is quiet), or could not load. */
export const SEARCH_LOADED = 'alongside:search-loaded';

function searchStartedLoading(): void {
  document.documentElement.setAttribute(SEARCH_LOADING_ATTRIBUTE, '');
}

export function searchFinishedLoading(): void {
  document.documentElement.removeAttribute(SEARCH_LOADING_ATTRIBUTE);
  document.dispatchEvent(new Event(SEARCH_LOADED));
}

export const searchIsLoading = (): boolean => document.documentElement.hasAttribute(SEARCH_LOADING_ATTRIBUTE);
