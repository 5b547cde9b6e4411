/**
 * The header search box: loads Pagefind only when someone starts to search, shows results as they
 * type, and announces the count through the status region. A query that suggests danger shows a
 * help card with the right lines above the results. Without JavaScript the form submits to /search/,
 * which runs this same code.
 */
import { ui } from '../../lib/i18n';
import { helpCardResources, detectCrisis } from '../../lib/search/crisis';
import { smsHref, telHref } from '../../lib/resources/contact';

interface ResultData {
  url: string;
  excerpt: string;
  meta: { title?: string; call?: string; text?: string; keyword?: string };
}
interface PagefindResult {
  data: () => Promise<ResultData>;
}
interface Pagefind {
  options: (options: { baseUrl: string; metaCacheTag?: string }) => Promise<void>;
  debouncedSearch: (query: string, options?: object, wait?: number) => Promise<{ results: PagefindResult[] } | null>;
}
interface HelpLine {
  id: string;
  name: string;
  links: { href: string; label: string }[];
}

const MAX_RESULTS = 8;

export function attachSiteSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const help = root.querySelector<HTMLElement>('.search-help')!;
  const helpLines = JSON.parse(root.querySelector('[data-search-help]')?.textContent ?? '[]') as HelpLine[];
  const base = root.dataset.base ?? '/';
  let pagefind: Promise<Pagefind | null> | undefined;

  const load = () => {
    pagefind ??= (async () => {
      try {
        const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
        // The build id as Pagefind's cache tag: the entry file's address is stable for one build, so the
        // service worker's copy is used offline, and a new build fetches a new one.
        const build = document.querySelector<HTMLMetaElement>('meta[name="alongside-build"]')?.content;
        await module.options({ baseUrl: base, ...(build ? { metaCacheTag: build } : {}) });
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
    help.hidden = true;
    status.textContent = '';
  };

  // The help card needs no index, so it appears at once, even offline or if search fails to load.
  const showHelp = (query: string): boolean => {
    const ids = helpCardResources(detectCrisis(query));
    const lines = ids.flatMap((id) => helpLines.find((line) => line.id === id) ?? []);
    help.hidden = lines.length === 0;
    help.querySelector('ul')!.replaceChildren(...lines.map(renderHelpLine));
    return lines.length > 0;
  };

  const run = async () => {
    const query = input.value.trim();
    if (!query) return clear();
    const helping = showHelp(query);
    const engine = await load();
    if (!engine) return;
    const search = await engine.debouncedSearch(query, {}, 200);
    if (search === null || input.value.trim() !== query) return; // a newer keystroke superseded this one
    const results = await Promise.all(search.results.slice(0, MAX_RESULTS).map((result) => result.data()));
    list.replaceChildren(...results.map(renderResult));
    list.hidden = results.length === 0;
    const count = results.length ? ui.search.results(search.results.length, query) : ui.search.noResults(query);
    status.textContent = helping ? `${ui.search.helpAnnounce} ${count}` : count;
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run());
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    void run().then(() => (help.hidden ? list : help).querySelector('a')?.focus());
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !(list.hidden && help.hidden)) {
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

function link(href: string, text: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  return anchor;
}

function renderHelpLine(line: HelpLine): HTMLLIElement {
  const item = document.createElement('li');
  const name = document.createElement('span');
  name.className = 'line-name';
  name.textContent = line.name;
  item.append(name, ...line.links.map((contact) => link(contact.href, contact.label)));
  return item;
}

function renderResult(result: ResultData): HTMLLIElement {
  const item = document.createElement('li');
  const excerpt = document.createElement('p');
  // Pagefind escapes page text and adds only <mark> around matches, so this HTML is safe to insert.
  excerpt.innerHTML = result.excerpt;
  item.append(link(result.url, result.meta.title ?? result.url), excerpt);
  // Resources carry their numbers as metadata, so a person can call or text straight from the results.
  const contacts = [
    ...(result.meta.call ? [link(telHref(result.meta.call), `Call ${result.meta.call}`)] : []),
    ...(result.meta.text
      ? [
          link(
            smsHref(result.meta.text, result.meta.keyword),
            result.meta.keyword ? `Text ${result.meta.keyword} to ${result.meta.text}` : `Text ${result.meta.text}`,
          ),
        ]
      : []),
  ];
  if (contacts.length) {
    const actions = document.createElement('ul');
    actions.className = 'result-contacts';
    for (const contact of contacts) {
      const entry = document.createElement('li');
      entry.append(contact);
      actions.append(entry);
    }
    item.append(actions);
  }
  return item;
}
