/**
 * Loads the header search's code (site-search.client.ts) only when someone goes to search: the first
 * focus, press or key in the search box, or at once on /search/?q=…. A page that is only read never
 * loads it. Nothing typed is lost: what is in the box when the code arrives is searched, and a search
 * submitted before then runs once it has.
 */
import { searchStartedLoading } from './search-loading';

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
    // Pagefind's script loads beside ours rather than after it: site-search.client.ts imports the same
    // address, which the browser then has (a failure is handled there, where it is said).
    void import(/* @vite-ignore */ `${root.dataset.base ?? '/'}pagefind/pagefind.js`).catch(() => undefined);
    void import('./site-search.client').then(({ attachSiteSearch }) => {
      form.removeEventListener('submit', holdSubmit);
      attachSiteSearch(root);
      if (submitted) form.requestSubmit();
      else if (input.value.trim()) input.dispatchEvent(new Event('input'));
    });
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
}
