/**
 * Which edition a page belongs to. English is the default and lives at the root; Spanish lives under
 * /es/. The same page id in both editions (a module, a quiz, a role-play) keeps the same progress.
 */
export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'en';

/**
 * While the build renders pages: where each page's language is kept. src/middleware.ts gives one that
 * keeps it per page render (Node's AsyncLocalStorage, which this file, also bundled for the browser and
 * the service worker, cannot import), so pages rendered side by side (astro.config.mjs, build
 * concurrency) each read their own. Without one, a single note, set around each piece of work: in unit
 * tests, and while the build collects every route's paths, before it loads the middleware (Astro
 * collects them one route at a time, so the Spanish routes' inLanguage calls never overlap).
 */
export interface RenderLanguageStore {
  getStore(): Language | undefined;
  run<R>(language: Language, work: () => R): R;
}

let perRender: RenderLanguageStore | undefined;
let renderLanguage: Language = defaultLanguage;

/**
 * src/middleware.ts: keep the rendering language per page render from now on. `undefined` goes back to
 * one language at a time (a test that gave a store puts it back, as test files share loaded modules).
 */
export function keepRenderLanguagePerPage(store: RenderLanguageStore | undefined): void {
  perRender = store;
}

/**
 * The language of the page being rendered (at build time) or shown (in the browser, from <html lang>).
 * Interface strings and content lookups read it at the moment they are used, never once at import,
 * because one build renders both editions.
 */
export function currentLanguage(): Language {
  // Read through globalThis: this file is also bundled into the service worker, which has no document.
  const page = (globalThis as { document?: { documentElement: { lang: string } } }).document;
  if (page) return page.documentElement.lang === 'es' ? 'es' : 'en';
  return perRender?.getStore() ?? renderLanguage;
}

/** The language a site path belongs to, given the site's base ("/" or "/training/"). */
export function languageOfPath(pathname: string, base = '/'): Language {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return rest === 'es' || rest.startsWith('es/') ? 'es' : 'en';
}

/**
 * Runs `make` with the given language as the rendering language: a page's render (src/middleware.ts),
 * or work the build does outside one, such as a Spanish route's getStaticPaths reading content for its
 * pages' props.
 */
export async function inLanguage<T>(language: Language, make: () => T | Promise<T>): Promise<T> {
  if (perRender) return perRender.run(language, make);
  const before = renderLanguage;
  renderLanguage = language;
  try {
    return await make();
  } finally {
    renderLanguage = before;
  }
}
