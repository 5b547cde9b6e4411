import { englishPath, inSpanishEdition } from './edition';
import { languageOfPath, type Language } from './language';

export interface Alternate {
  language: Language;
  /** Site-relative path, without the base. */
  path: string;
}

/**
 * The editions of a page, given its site-relative path (without the base): every page has an English
 * edition, and a Spanish one where the Spanish edition has the page. Used for <link rel="alternate"
 * hreflang> and for the language switcher, which keeps the person on the same page.
 */
export function alternatesOf(path: string): Alternate[] {
  const own = path.startsWith('/') ? path : `/${path}`;
  const english = englishPath(own);
  // The not-found page (404.html, and es/404/ for the Spanish edition offline) is no page in particular:
  // it has no twin, so the switcher offers the other edition's home.
  if (/^\/404(?:\.html|\/)?$/.test(english)) return [{ language: languageOfPath(own), path: own }];
  const editions: Alternate[] = [{ language: 'en', path: english }];
  if (inSpanishEdition(english)) editions.push({ language: 'es', path: `/es${english}` });
  return editions;
}
