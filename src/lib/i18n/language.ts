/**
 * Which edition a page belongs to. English is the default and lives at the root; Spanish lives under
 * /es/. The same page id in both editions (a module, a quiz, a role-play) keeps the same progress.
 */
export const languages = ['en', 'es'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'en';

/** While the build renders a page: that page's language, set by src/middleware.ts before each page. */
let renderLanguage: Language = defaultLanguage;

export function setRenderLanguage(language: Language): void {
  renderLanguage = language;
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
  return renderLanguage;
}

/** The language a site path belongs to, given the site's base ("/" or "/training/"). */
export function languageOfPath(pathname: string, base = '/'): Language {
  const root = base.endsWith('/') ? base : `${base}/`;
  const rest = pathname.startsWith(root) ? pathname.slice(root.length) : pathname.replace(/^\//, '');
  return rest === 'es' || rest.startsWith('es/') ? 'es' : 'en';
}

/**
 * Runs `make` with the given language as the rendering language, for work the build does outside a
 * page's render: a Spanish route's getStaticPaths reading content for its pages' props.
 */
export async function inLanguage<T>(language: Language, make: () => T | Promise<T>): Promise<T> {
  const before = renderLanguage;
  renderLanguage = language;
  try {
    return await make();
  } finally {
    renderLanguage = before;
  }
}
