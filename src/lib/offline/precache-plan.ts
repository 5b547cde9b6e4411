/**
 * Which files of a build the offline copy holds, in two parts. The essentials are cached on the first
 * visit: what someone may need with no connection, in a hurry (help, the resource guide, the crisis
 * module, and search with what it needs). The rest of the course is cached only when the person
 * chooses it in the footer, with its size shown, so a first visit on a phone costs little. Files the
 * site never loads (Pagefind's ready-made search interfaces) are in neither. Pure: the build
 * (integrations/service-worker.ts) passes in the file list and what each file loads.
 */

import type { Language } from '../i18n/language';
import { ICON_SVG, PNG_ICONS } from '../icons';

/**
 * The pages that work offline after the first visit, as folders relative to the base path, for each
 * edition: a first visit caches the essentials of the edition the person is reading (the service
 * worker sees which from the page that installed it), not both, so it stays small.
 */
export const ESSENTIAL_PAGES: Readonly<Record<Language, readonly string[]>> = {
  en: ['', 'help/', 'resources/', 'search/', 'modules/crisis-referral/'],
  es: ['es/', 'es/help/', 'es/resources/', 'es/search/', 'es/modules/crisis-referral/'],
};
const editions = Object.keys(ESSENTIAL_PAGES) as Language[];
/**
 * Other files an edition needs offline: the page for a missing address (a Spanish reader keeps the
 * Spanish one as well, which the service worker shows for addresses under /es/), the app manifest and icon.
 */
export const ESSENTIAL_FILES: Readonly<Record<Language, readonly string[]>> = {
  en: ['404.html', 'manifest.webmanifest', ICON_SVG],
  es: ['404.html', 'es/404/index.html', 'manifest.webmanifest', ICON_SVG],
};

/**
 * Where the build writes the offline search index (integrations/pagefind.ts): a second Pagefind index of
 * the essential pages only, which the first visit caches instead of the whole site's. Search offline can
 * only open what is kept, and this index stays the same size as the course grows (the whole index grows
 * about 1 KB with every thousand words). The folder holds index data only; the engine is the main one's.
 * Offline, the service worker answers a request for the main index's data with this folder's twin.
 */
export const OFFLINE_INDEX = 'pagefind-offline/';

/**
 * Pagefind writes its ready-made search interfaces and a highlighter next to the index; the site uses
 * its own search box and only the search API, on the page rather than in Pagefind's web worker
 * (site-search.client.ts says why). The `unknown` wasm is for pages without a known language, and every
 * page here says `lang="en"` or `lang="es"`. The offline index's folder keeps its data only: Pagefind
 * writes a whole engine next to it, and the main folder's engine reads it.
 */
export function isUnusedFile(path: string): boolean {
  if (path.startsWith(OFFLINE_INDEX))
    return !/^(?:pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|(?:index|filter|fragment)\/.+)$/.test(path.slice(OFFLINE_INDEX.length));
  return (
    /^pagefind\/pagefind-(component-ui|modular-ui|ui|highlight|worker)\.(js|css)$/.test(path) || path === 'pagefind/wasm.unknown.pagefind'
  );
}

/**
 * What search in one edition needs offline on a first visit: Pagefind's engine (its script and that
 * language's wasm) and the offline index's data for that language (the entry file, and the
 * language's metadata, index chunks, filters and result fragments). Pagefind keeps one index per
 * language and names its files by it: wasm.es.pagefind, pagefind.es_….pf_meta, index/es_….pf_index,
 * fragment/es_….pf_fragment.
 */
function isFirstVisitSearch(path: string, language: Language): boolean {
  if (isUnusedFile(path)) return false;
  if (path.startsWith('pagefind/')) {
    const file = path.slice('pagefind/'.length);
    if (file.includes('/')) return false; // the whole index's chunks, filters and fragments
    const wasm = /^wasm\.([a-z]+)\.pagefind$/.exec(file);
    return wasm ? wasm[1] === language : file.endsWith('.js');
  }
  if (!path.startsWith(OFFLINE_INDEX)) return false;
  const file = path.slice(OFFLINE_INDEX.length);
  const languageOf = /^(?:pagefind\.([a-z]+)_[^/]*|(?:index|filter|fragment)\/([a-z]+)_[^/]*)$/.exec(file);
  if (!languageOf) return true; // the entry file, shared by every language
  return (languageOf[1] ?? languageOf[2]) === language;
}

export interface SiteFiles {
  /** Every file of the build, relative to dist/ with forward slashes. */
  files: readonly string[];
  /** The files one page or script loads (see referencesIn), relative to dist/. */
  references: (file: string) => readonly string[];
}

export interface PrecachePlan {
  /** Cached on the first visit, for a person reading the given edition. */
  essential: Record<Language, string[]>;
  /** Everything else the site uses, cached when the person chooses the whole course (both editions). */
  course: string[];
}

export function planPrecache({ files, references }: SiteFiles): PrecachePlan {
  const present = new Set(files);
  // A module's exercises.json is read only by its islands, which come with the whole course (the
  // essentials leave React out), so it waits for them: the crisis module's is 44 KB compressed.
  // A module page's facilitator view reads the trainer's notes from the module's guide page; that page
  // comes with the whole course too (offline before then, the view says the notes cannot load).
  const essentialsOf = (language: Language): string[] => {
    const essential = new Set<string>();
    const add = (file: string) => {
      if (!present.has(file) || essential.has(file)) return;
      essential.add(file);
      references(file).forEach(add);
    };
    const pages = ESSENTIAL_PAGES[language];
    for (const page of pages) add(`${page}index.html`);
    ESSENTIAL_FILES[language].forEach(add);
    files.filter((file) => isFirstVisitSearch(file, language)).forEach(add);
    return [...essential].sort();
  };
  const essential = Object.fromEntries(editions.map((language) => [language, essentialsOf(language)])) as Record<Language, string[]>;
  const inSomeEssentials = new Set(Object.values(essential).flat());
  const course = files.filter((file) => !inSomeEssentials.has(file) && !isUnusedFile(file));
  return { essential, course: [...course].sort() };
}

/** PNG icons for home screens (src/lib/icons.ts), which pages name but a first visit does not need. */
const HOME_SCREEN_ICONS = new Set(PNG_ICONS.map((icon) => icon.file));

/**
 * The files a built page or script loads, relative to dist/: for HTML, the site's own scripts, styles
 * and icons (not the pages it links to); for JavaScript, the chunks it imports. Island code (React and
 * the exercises) only with `islands`: the essentials leave it out, because React alone is about 65 KB
 * compressed. Offline, the crisis module then reads in full and shows its exercises as written; they
 * become interactive with the whole course (or online).
 */
export function referencesIn(file: string, text: string, base: string, { islands = false } = {}): string[] {
  const found = new Set<string>();
  if (file.endsWith('.html')) {
    const attributes = islands ? /\b(?:src|href|component-url|renderer-url|before-hydration-url)="([^"]+)"/g : /\b(?:src|href)="([^"]+)"/g;
    for (const [, url = ''] of text.matchAll(attributes)) {
      if (!url.startsWith(base)) continue;
      const path = url.slice(base.length).split(/[?#]/)[0] ?? '';
      // Pages name search's engine files so it can ask for them early (SiteSearch.astro), but which of
      // them are kept is search's own rule (isFirstVisitSearch): kept, the whole site's entry file would
      // send search offline to an index this device does not have.
      if (path.startsWith('pagefind/')) continue;
      // A home screen's icons are fetched online, when someone adds the site to one: not a first visit's bytes.
      if (HOME_SCREEN_ICONS.has(path)) continue;
      if (/\.[a-z0-9]+$/i.test(path) && !path.endsWith('.html')) found.add(path);
    }
  } else if (file.endsWith('.js')) {
    const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
    for (const [, relative = ''] of text.matchAll(/["'`](\.\.?\/[^"'`\s]+\.(?:js|css|json))["'`]/g)) found.add(resolve(folder, relative));
  }
  return [...found];
}

/** A relative path ("./a.js", "../b.js") from a folder ("_astro/"). */
function resolve(folder: string, relative: string): string {
  const parts = folder.split('/').filter(Boolean);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** A file's address in the worker's cache: pages as their folder URLs. */
export function precacheUrl(base: string, file: string): string {
  return `${base}${file.replace(/(^|\/)index\.html$/, '$1')}`;
}
