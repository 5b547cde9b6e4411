/**
 * The header search box: loads Pagefind only when someone starts to search, shows results as they
 * type, and announces the count through the status region. Without JavaScript the form submits to
 * /search/, which runs this same code.
 */
import { ui } from '../../lib/i18n';

interface PagefindResult {
  data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
  options: (options: { baseUrl: string }) => Promise<void>;
  debouncedSearch: (query: string, options?: object, wait?: number) => Promise<{ results: PagefindResult[] } | null>;
}

const MAX_RESULTS = 8;

export function attachSiteSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const base = root.dataset.base ?? '/';
  let pagefind: Promise<Pagefind | null> | undefined;

  const load = () => {
    pagefind ??= (async () => {
      try {
        const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
        await module.options({ baseUrl: base });
        return module;
      } catch {
        status.textContent = ui.search.unavailable;
        return null;
      }
    })();
    return pagefind;
  };

  const clear = () => {
    list.replaceChildren();
    list.hidden = true;
    status.textContent = '';
  };

  const run = async () => {
    const query = input.value.trim();
    if (!query) return clear();
    const engine = await load();
    if (!engine) return;
    const search = await engine.debouncedSearch(query, {}, 200);
    if (search === null || input.value.trim() !== query) return; // a newer keystroke superseded this one
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...results.map(renderResult));
    list.hidden = results.length === 0;
    status.textContent = results.length
      ? ui.search.results(search.results.length, query)
      : ui.search.noResults(query);
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run());
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    void run().then(() => list.querySelector('a')?.focus());
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !list.hidden) {
      clear();
      input.focus();
    }
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial && location.pathname.endsWith('/search/')) {
    input.value = initial;
    void run();
  }
}

function renderResult(result: { url: string; excerpt: string; meta: { title?: string } }): HTMLLIElement {
  const item = document.createElement('li');
  const link = document.createElement('a');
  link.href = result.url;
  link.textContent = result.meta.title ?? result.url;
  const excerpt = document.createElement('p');
  // Pagefind escapes page text and adds only <mark> around matches, so this HTML is safe to insert.
  excerpt.innerHTML = result.excerpt;
  item.append(link, excerpt);
  return item;
}
