/**
 * The header search box: loads Pagefind only when someone starts to search, shows results as they
 * type, and announces the count through the status region. A query that suggests danger shows a
 * help card with the right lines above the results. Without JavaScript the form submits to /search/,
 * which says so and links what works without it; with JavaScript, /search/?q=… runs the search.
 * What to search for and in which order to show results is decided in src/lib/search.
 */
import { ui } from '../../lib/i18n';
import { cardOffersSpanish, detectCrisis, helpCardResources, isSpanishCrisis, type CrisisKind } from '../../lib/search/crisis';
import { searchQuery, searchWords } from '../../lib/search/query';
import { mergeRelaxed, promoteCrisisModule, rankedResult, type RankedResult, type ResultData } from '../../lib/search/rank';
import { contactHref, contactLabel } from '../../lib/resources/contact';

interface PagefindResult {
  id: string;
  score: number;
  data: () => Promise<ResultData>;
}
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options: (options: object) => Promise<void>;
  search: (query: string) => Promise<PagefindSearch>;
  debouncedSearch: (query: string, options?: object, wait?: number) => Promise<PagefindSearch | null>;
}
interface HelpLine {
  id: string;
  name: string;
  /** The line can help in Spanish (src/lib/search/crisis.ts `offersSpanish`). */
  spanish: boolean;
  links: { href: string; label: string; lang?: string }[];
}

const MAX_RESULTS = 8;
/** Fewer results than this for a whole question, and its words are searched one by one as well. */
const ENOUGH = 3;
/** How many results to read before reordering: the crisis module can be a little further down. */
const CONSIDERED = 12;
/**
 * Ranking: a page whose title or search keywords match counts for more than one that only mentions the
 * words (keywords are what people type for that page: "narcan", "kill myself").
 */
const ranking = { metaWeights: { title: 5, keywords: 3 } };

export function attachSiteSearch(root: HTMLElement): void {
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const panel = root.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const help = root.querySelector<HTMLElement>('.search-help')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const helpLines = JSON.parse(root.querySelector('[data-search-help]')?.textContent ?? '[]') as HelpLine[];
  const base = root.dataset.base ?? '/';
  let pagefind: Promise<Pagefind | null> | undefined;
  let latest = 0; // each search's ticket: only the newest one may show its results

  const load = () => {
    pagefind ??= (async () => {
      try {
        const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
        // The build id as Pagefind's cache tag: the entry file's address is stable for one build, so the
        // service worker's copy is used offline, and a new build fetches a new one.
        const build = document.querySelector<HTMLMetaElement>('meta[name="alongside-build"]')?.content;
        await module.options({ baseUrl: base, ranking, ...(build ? { metaCacheTag: build } : {}) });
        return module;
      } catch {
        status.textContent = ui.search.unavailable;
        return null;
      }
    })();
    return pagefind;
  };

  const show = () => {
    panel.hidden = help.hidden && list.hidden && empty.hidden;
  };

  const clear = () => {
    list.replaceChildren();
    list.hidden = true;
    help.hidden = true;
    empty.hidden = true;
    show();
    status.textContent = '';
  };

  // The help card needs no index, so it appears at once, even offline or if search fails to load.
  const showHelp = (query: string, kinds: CrisisKind[]): boolean => {
    const spanish = isSpanishCrisis(query);
    const ids = helpCardResources(kinds);
    const lines = ids.flatMap((id) => helpLines.find((line) => line.id === id) ?? []);
    help.hidden = lines.length === 0;
    help.querySelector<HTMLElement>('[data-help-intro-es]')!.hidden = !spanish;
    help.querySelector<HTMLElement>('[data-help-intro-es-lines]')!.hidden = !cardOffersSpanish(lines);
    // What to do first (an overdose: 911, CPR, naloxone), above the lines to call; in Spanish where written.
    const steps = help.querySelector<HTMLElement>('[data-help-steps]')!;
    const stepsEs = spanish && kinds.every((kind) => !ui.search.helpSteps[kind] || ui.search.helpStepsEs[kind]);
    steps.textContent = kinds.flatMap((kind) => (stepsEs ? ui.search.helpStepsEs[kind] : ui.search.helpSteps[kind]) ?? []).join(' ');
    if (stepsEs) steps.lang = 'es';
    else steps.removeAttribute('lang');
    steps.hidden = !steps.textContent;
    help.querySelector('ul')!.replaceChildren(...lines.map((line) => renderHelpLine(line, spanish)));
    show();
    return lines.length > 0;
  };

  /** Pagefind's results for the query, and when a question finds too little, for its words one by one. */
  const find = async (engine: Pagefind, query: string, now: boolean): Promise<PagefindResult[] | null> => {
    const search = now ? await engine.search(searchQuery(query)) : await engine.debouncedSearch(searchQuery(query), {}, 200);
    if (search === null) return null;
    const words = searchWords(query);
    if (search.results.length >= ENOUGH || words.length < 2) return search.results;
    const byWord = await Promise.all(words.map((word) => engine.search(word)));
    const all = new Map([...byWord.flatMap((found) => found.results), ...search.results].map((result) => [result.id, result]));
    return mergeRelaxed(
      search.results,
      byWord.map((found) => found.results),
    ).flatMap((id) => all.get(id) ?? []);
  };

  /** Typing waits for a pause before searching; pressing Enter searches at once. */
  const run = async (now = false) => {
    const query = input.value.trim();
    const ticket = ++latest;
    if (!query) return clear();
    const kinds = detectCrisis(query);
    const helping = showHelp(query, kinds);
    const engine = await load();
    if (!engine) return;
    const found = await find(engine, query, now);
    if (found === null || ticket !== latest) return; // a newer keystroke or Enter superseded this one
    const data = await Promise.all(found.slice(0, CONSIDERED).map((result) => result.data()));
    if (ticket !== latest) return;
    const results = promoteCrisisModule(data, kinds)
      .slice(0, MAX_RESULTS)
      .map((result) => rankedResult(result, kinds));
    list.replaceChildren(...results.map(renderResult));
    list.hidden = results.length === 0;
    empty.hidden = results.length > 0;
    show();
    const count = results.length ? ui.search.results(found.length, query) : ui.search.noResults(query);
    status.textContent = helping ? `${ui.search.helpAnnounce} ${count}` : count;
  };

  input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run());
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true).then(() =>
      [help, list, empty]
        .find((part) => !part.hidden)
        ?.querySelector('a')
        ?.focus(),
    );
  });
  root.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && !panel.hidden) {
      clear();
      input.focus();
    }
  });
  // On wide screens the results float over the page; a click elsewhere puts them away.
  document.addEventListener('click', (event) => {
    if (!panel.hidden && event.target instanceof Node && !root.contains(event.target)) clear();
  });

  const initial = new URLSearchParams(location.search).get('q');
  if (initial && location.pathname.endsWith('/search/')) {
    input.value = initial;
    void run(true);
  }
}

function link(href: string, text: string, lang?: string): HTMLAnchorElement {
  const anchor = document.createElement('a');
  anchor.href = href;
  anchor.textContent = text;
  if (lang) anchor.lang = lang;
  return anchor;
}

/** A line's name and links; for a search in Spanish, its Spanish options come first. */
function renderHelpLine(line: HelpLine, spanish: boolean): HTMLLIElement {
  const item = document.createElement('li');
  const name = document.createElement('span');
  name.className = 'line-name';
  const note = ui.search.lineNotes[line.id];
  const noteEs = spanish ? ui.search.lineNotesEs[line.id] : undefined;
  if (noteEs) {
    // The line's name stays as it is; only the Spanish note is marked Spanish.
    const spanishNote = document.createElement('span');
    spanishNote.lang = 'es';
    spanishNote.textContent = noteEs;
    name.append(ui.search.lineWithNote(line.name, ''), spanishNote);
  } else name.textContent = note ? ui.search.lineWithNote(line.name, note) : line.name;
  const links = spanish ? [...line.links].sort((a, b) => Number(b.lang === 'es') - Number(a.lang === 'es')) : line.links;
  item.append(name, ...links.map((contact) => link(contact.href, contact.label, contact.lang)));
  return item;
}

function renderResult(result: RankedResult): HTMLLIElement {
  const item = document.createElement('li');
  const excerpt = document.createElement('p');
  // Pagefind escapes page text and adds only <mark> around matches, so this HTML is safe to insert.
  excerpt.innerHTML = result.excerpt;
  item.append(link(result.url, result.title), excerpt);
  // A section link opens the page at the part that answers the search ("Opioid overdose" in module 5).
  if (result.sections.length) {
    const sections = document.createElement('ul');
    sections.className = 'result-sections';
    sections.setAttribute('aria-label', ui.search.sections(result.title));
    for (const section of result.sections) {
      const entry = document.createElement('li');
      entry.append(link(section.url, section.title));
      sections.append(entry);
    }
    item.append(sections);
  }
  // Resources carry their numbers as metadata, so a person can call or text straight from the results.
  const { call, text, keyword } = result.meta;
  const contacts = [
    ...(call ? [link(contactHref({ kind: 'call', number: call }), contactLabel({ kind: 'call', number: call }))] : []),
    ...(text ? [link(contactHref({ kind: 'text', number: text, keyword }), contactLabel({ kind: 'text', number: text, keyword }))] : []),
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
