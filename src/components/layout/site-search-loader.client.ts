/**
 * Loads the header search's code (site-search.client.ts) only when someone goes to search: the first
 * focus, press or key in the search box, or at once on /search/?q=…. A page that is only read never
 * loads it. Nothing typed is lost: what is in the box when the code arrives is searched, and a search
 * submitted before then runs once it has.
 */
export function loadSiteSearchOnUse(root: HTMLElement): void {
  const form = root.querySelector('form')!;
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  let loading: Promise<void> | undefined;
  let submitted = false;

  const load = () =>
    (loading ??= import('./site-search.client').then(({ attachSiteSearch }) => {
      for (const name of wakers) root.removeEventListener(name, load, true);
      form.removeEventListener('submit', holdSubmit);
      attachSiteSearch(root);
      if (submitted) form.requestSubmit();
      else if (input.value.trim()) input.dispatchEvent(new Event('input'));
    }));

  // Without JavaScript the form goes to /search/; with it, a search submitted this early waits a moment.
  const holdSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    submitted = true;
    void load();
  };

  const wakers = ['focusin', 'pointerdown', 'keydown'] as const;
  for (const name of wakers) root.addEventListener(name, load, true);
  form.addEventListener('submit', holdSubmit);
  if (location.pathname.endsWith('/search/') && new URLSearchParams(location.search).has('q')) void load();
}
