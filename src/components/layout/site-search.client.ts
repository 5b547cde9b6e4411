/**
 * The header search box: loads Pagefind only when someone starts to search, shows results as they
 * type from the second character (each as soon as its data arrive, in order), and announces the count
 * through the status region once the first results are final. A query that suggests danger shows a
 * help card with the right lines above the results. Without JavaScript the form submits to /search/,
 * which says so and links what works without it; with JavaScript, /search/?q=… runs the search.
 * What to search for and in which order to show results is decided in src/lib/search.
 */
import { ui } from '../../lib/i18n';
import { cardOffersSpanish, detectCrisis, helpCardResources, isSpanishCrisis, type CrisisKind } from '../../lib/search/crisis';
import { searchedKeptPagesOnly } from '../../lib/search/kept-pages';
import { looksSpanish, searchQuery, searchWords, worthSearchingWhileTyping } from '../../lib/search/query';
import { currentLanguage } from '../../lib/i18n/language';
import { searchInSpanish } from '../../lib/i18n/edition-names';
import { arrivedResults, mergeRelaxed, rankedResult, type RankedResult, type ResultData } from '../../lib/search/rank';
import { contactHref, contactLabel } from '../../lib/resources/contact';
import { searchFinishedLoading } from './site-search-loader.client';
import { drawSearchPanel } from './search-panel.client';

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
  /** Loads what a search for the query needs (the first call also loads the index's entry, metadata and wasm). */
  preload: (query: string) => Promise<void>;
  /** Forgets the index it loaded, so the next search loads one again. */
  destroy: () => Promise<void>;
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
/** How many results a crisis search reads before reordering: the crisis module can be a little further down. */
const CONSIDERED = 12;
/**
 * Typing waits this long for the next key before searching, so a burst of keys (or a paste) is one
 * search. Short, because each search is quick; a newer search makes an older one's results go unseen.
 */
const TYPING_PAUSE = 30;
/** How long a search that found nothing waits to learn which index it read (no answer by then: not "offline"). */
const ENTRY_WAIT_MS = 6000; // longer than the service worker's own wait for it (src/service-worker/sw.ts)
/** How long search stays quiet, after its results are in, before the offline copy may start downloading. */
const QUIET_MS = 1500;
/**
 * Ranking: a page whose title or search keywords match counts for more than one that only mentions the
 * words (keywords are what people type for that page: "narcan", "kill myself").
 */
const ranking = { metaWeights: { title: 5, keywords: 3 } };

export function attachSiteSearch(root: HTMLElement): void {
  drawSearchPanel(root);
  const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const panel = root.querySelector<HTMLElement>('[data-search-panel]')!;
  const list = root.querySelector<HTMLOListElement>('.search-results')!;
  const help = root.querySelector<HTMLElement>('.search-help')!;
  const empty = root.querySelector<HTMLElement>('[data-search-empty]')!;
  const otherEdition = root.querySelector<HTMLElement>('[data-other-edition]')!;
  const helpLines = JSON.parse(root.querySelector('[data-search-help]')?.textContent ?? '[]') as HelpLine[];
  const base = root.dataset.base ?? '/';
  let pagefind: Promise<Pagefind | null> | undefined;
  let restarted: Promise<unknown> = Promise.resolve(); // the engine forgetting its index (restart, below)
  let latest = 0; // each search's ticket: only the newest one may show its results
  // Search is "loaded" for the offline copy (searchFinishedLoading) once it could not load, or once it
  // has been quiet for a moment: its first results have all arrived (or its engine has loaded with
  // nothing typed yet) and no other search has started since. Someone trying a second search right
  // after the first keeps the connection to themselves; the copy's downloads would slow it.
  let loadedSaid = false;
  let quiet: ReturnType<typeof setTimeout> | undefined;
  const sayLoaded = () => {
    clearTimeout(quiet);
    if (loadedSaid) return;
    loadedSaid = true;
    searchFinishedLoading();
  };
  const sayLoadedWhenQuiet = () => {
    clearTimeout(quiet);
    if (!loadedSaid) quiet = setTimeout(sayLoaded, QUIET_MS);
  };

  const load = () => {
    if (!pagefind) setTimeout(prepareTextBreaking); // a task of its own, once the engine is asked for
    pagefind ??= (async () => {
      await restarted;
      try {
        const module = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
        // The build id as Pagefind's cache tag: the entry file's address is stable for one build, so the
        // service worker's copy is used offline, and a new build fetches a new one. Where the loader asked
        // for the entry file early (site-search-loader.client.ts), this is that address, so Pagefind takes that copy.
        const build = document.querySelector<HTMLMetaElement>('meta[name="alongside-build"]')?.content;
        // On this page, not in Pagefind's web worker: the worker's script is one more download before the
        // first results, and it starts and loads the wasm on its own. Measured on a fresh page with the
        // query typed at once (a link to /search/?q=, a paste; median of 11, three times each): first
        // results in 304-308 ms this way, 379-383 ms with the worker. Typed key by key on a CPU slowed
        // four times, results came 12-27 ms after the last key either way; on the page, starting the
        // wasm is one task of 50-75 ms while the first words are typed, well under the 200 ms in which a
        // key press still feels instant. (A worker would also fetch the wasm again, not take the copy the
        // loader asked for beside Pagefind's script.)
        await module.options({ baseUrl: base, ranking, noWorker: true, ...(build ? { metaCacheTag: build } : {}) });
        // Start the index loading now (focus, or the first key), not at the first search after it.
        void module
          .preload('')
          .catch(() => undefined)
          .finally(() => {
            if (!input.value.trim()) sayLoadedWhenQuiet();
          });
        return module;
      } catch {
        sayLoaded();
        status.textContent = ui.search.unavailable;
        return null;
      }
    })();
    return pagefind;
  };

  /**
   * Whether a search that found nothing read only the pages kept on this device: when the site cannot be
   * reached, the service worker answers the entry file with the kept index's, which the build marks
   * (src/lib/search/kept-pages.ts decides from the answer). Not taken from the browser's online flag,
   * which can say "online" over a connection that does not work, nor from what was true when search
   * loaded: a connection that dies afterwards leaves the engine unable to fetch the words it lacks, and
   * it finds nothing. So it is asked each time (about 0.4 KB, and only when nothing was found).
   */
  const searchesKeptPagesOnly = (): Promise<boolean> =>
    searchedKeptPagesOnly(
      () => fetch(`${base}pagefind/pagefind-entry.json`, { cache: 'no-cache', signal: AbortSignal.timeout(ENTRY_WAIT_MS) }),
      !!navigator.serviceWorker?.controller,
    );

  /**
   * Losing or regaining the connection changes which index the service worker can give: the whole
   * site's online, and offline the index of the pages kept on this device (src/service-worker/sw.ts).
   * Start again with the one this connection reaches; otherwise a search offline would look for chunks
   * of the whole index that it cannot fetch, and find nothing.
   */
  const restart = () => {
    const engine = pagefind;
    if (!engine) return;
    pagefind = undefined;
    restarted = engine.then((loaded) => loaded?.destroy()).catch(() => undefined);
  };
  addEventListener('offline', restart);
  addEventListener('online', restart);

  const show = () => {
    panel.hidden = help.hidden && list.hidden && empty.hidden && otherEdition.hidden;
  };

  /**
   * This page's index holds its own edition only (Pagefind keeps one per language): on an English page,
   * a search that looks Spanish ("español", "quiero morir") is offered in the Spanish edition too.
   */
  const offerSpanishEdition = (query: string) => {
    otherEdition.hidden = currentLanguage() === 'es' || !looksSpanish(query);
    const link = otherEdition.querySelector('a')!;
    link.href = `${base}es/search/?q=${encodeURIComponent(query)}`;
    link.textContent = searchInSpanish(query);
  };

  const clear = () => {
    latest++; // a search still under way must not speak after this
    list.replaceChildren();
    list.hidden = true;
    help.hidden = true;
    empty.hidden = true;
    otherEdition.hidden = true;
    show();
    status.textContent = '';
    sayLoadedWhenQuiet(); // nothing is being searched now
  };

  // The help card needs no index, so it appears at once, even offline or if search fails to load.
  const showHelp = (query: string, kinds: CrisisKind[]): boolean => {
    // On an English page, a search in Spanish gets the card's Spanish intro and steps beside the English
    // ones; on a Spanish page the whole card is Spanish already. Either way the Spanish options lead.
    const spanishPage = currentLanguage() === 'es';
    const spanish = !spanishPage && isSpanishCrisis(query);
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
    help.querySelector('ul')!.replaceChildren(...lines.map((line) => renderHelpLine(line, spanish, spanish || spanishPage)));
    show();
    return lines.length > 0;
  };

  /** Pagefind's results for the query, and when a question finds too little, for its words one by one. */
  const find = async (engine: Pagefind, query: string): Promise<PagefindResult[]> => {
    const search = await engine.search(searchQuery(query));
    const words = searchWords(query);
    if (search.results.length >= ENOUGH || words.length < 2) return search.results;
    const byWord = await Promise.all(words.map((word) => engine.search(word)));
    const all = new Map([...byWord.flatMap((found) => found.results), ...search.results].map((result) => [result.id, result]));
    return mergeRelaxed(
      search.results,
      byWord.map((found) => found.results),
    ).flatMap((id) => all.get(id) ?? []);
  };

  /**
   * Shows one search's results in order. While they arrive, it only adds to the list, so a link being
   * read stays put; another search's list is replaced (its excerpts mark other words).
   */
  let listTicket = 0;
  const renderResults = (results: RankedResult[], ticket: number) => {
    const shown = [...list.children].map((item) => item.querySelector('a')?.getAttribute('href'));
    if (listTicket === ticket && shown.every((href, index) => href === results[index]?.url)) {
      list.append(...results.slice(shown.length).map(renderResult));
    } else {
      list.replaceChildren(...results.map(renderResult));
    }
    listTicket = ticket;
    list.hidden = results.length === 0;
  };

  /** Typing waits for a short pause before searching; pressing Enter searches at once. Resolves when every result is in. */
  const run = async (now = false) => {
    const query = input.value.trim();
    const ticket = ++latest;
    clearTimeout(quiet); // searching again: not quiet yet
    if (!query) return clear();
    if (!now && !worthSearchingWhileTyping(query)) {
      // Nothing shown for a single letter; its words load meanwhile, for the search the next key starts.
      clear();
      void load().then((engine) => engine?.preload(searchQuery(query)).catch(() => undefined));
      return;
    }
    const kinds = detectCrisis(query);
    const helping = showHelp(query, kinds);
    offerSpanishEdition(query);
    const engine = await load();
    // The index chunks for these words load while typing pauses.
    void engine?.preload(searchQuery(query)).catch(() => undefined);
    if (!now) await new Promise((done) => setTimeout(done, TYPING_PAUSE));
    if (!engine || ticket !== latest) return; // a newer keystroke or Enter superseded this one
    const found = await find(engine, query);
    if (ticket !== latest) return;
    // Each result's data (a fragment) loads on its own; show each as soon as those above it are in.
    const considered = found.slice(0, kinds.length ? CONSIDERED : MAX_RESULTS);
    const loaded: (ResultData | null | undefined)[] = considered.map(() => undefined);
    let announced = false;
    const update = () => {
      if (ticket !== latest) return;
      const { shown, settled, topReady } = arrivedResults(loaded, kinds, MAX_RESULTS);
      if (shown.length === 0 && !settled) return; // the last search's results stay until these arrive
      renderResults(
        shown.map((result) => rankedResult(result, kinds)),
        ticket,
      );
      empty.hidden = !settled || shown.length > 0;
      show();
      // Announced once, when the first results are final. Offline, results not saved here cannot be
      // shown, so then the count waits for all of them and says how many can be opened.
      const failed = loaded.some((result) => result === null);
      if (announced || !(failed ? settled : topReady)) return;
      announced = true;
      const say = (message: string) => {
        if (ticket === latest) status.textContent = helping ? `${ui.search.helpAnnounce} ${message}` : message;
      };
      if (shown.length) return say(ui.search.results(failed ? shown.length : found.length, query));
      // Nothing to show: "try other words", unless what was searched is only what this device keeps.
      // While that is asked, the last search's count goes at once (it is not this one's), and a search
      // that shows help lines says so without waiting.
      status.textContent = helping ? ui.search.helpAnnounce : '';
      void (failed ? Promise.resolve(true) : searchesKeptPagesOnly()).then((kept) =>
        say(kept ? ui.search.noResultsOffline(query) : ui.search.noResults(query)),
      );
    };
    if (considered.length === 0) update();
    await Promise.all(
      considered.map((result, index) =>
        result.data().then(
          (data) => {
            loaded[index] = data;
            update();
          },
          () => {
            loaded[index] = null;
            update();
          },
        ),
      ),
    );
    if (ticket === latest) sayLoadedWhenQuiet();
  };

  // This code arrives after the first focus in the box (site-search-loader.client.ts): load now if it is still there.
  if (document.activeElement === input) void load();
  else input.addEventListener('focus', () => void load(), { once: true });
  input.addEventListener('input', () => void run());
  root.querySelector('form')!.addEventListener('submit', (event) => {
    event.preventDefault();
    void run(true).then(() =>
      [help, otherEdition, list, empty]
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

/** A line's name and links; for a search in Spanish or on a Spanish page, its Spanish options come first. */
function renderHelpLine(line: HelpLine, spanish: boolean, spanishFirst: boolean): HTMLLIElement {
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
  const links = spanishFirst ? [...line.links].sort((a, b) => Number(b.lang === 'es') - Number(a.lang === 'es')) : line.links;
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

/**
 * Pagefind's first search splits the query into characters with `Intl.Segmenter`, and the browser's first
 * segmenter on a page loads its text-breaking data: 13 to 26 ms here (a phone's CPU takes several times
 * that), spent once the engine's wasm has arrived and before it asks for the index's words. Making one
 * while the wasm is still on its way puts that wait where nothing else is happening. Any segmenter loads
 * the data Pagefind's will use (measured: Pagefind's own then takes under 0.1 ms); a browser without
 * segmenters has Pagefind split the query another way. With a phone's CPU and connection (Lighthouse's:
 * 4×, 562.5 ms a request), 12 first searches each way, taken in turn: sooner in all 12, by 34 to 224 ms
 * (median 94).
 */
function prepareTextBreaking(): void {
  if ('Segmenter' in Intl) new Intl.Segmenter();
}
