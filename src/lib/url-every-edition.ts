import { currentLanguage } from './i18n/language';

/**
 * Pages every edition has, at the same path (src/lib/i18n/edition.ts; tests/unit/url.test.ts checks
 * them against its list). An island that links only these uses withBaseInEveryEdition, not withBase
 * (src/lib/url.ts), and its page then does not download the list of what the Spanish edition has
 * (0.6 KB compressed, issue #18).
 */
export type PageInEveryEdition = '/progress/' | `/resources/${string}/`;

/**
 * As withBase, for a page every edition has: its URL in the page's own edition, with the site's base.
 * It joins them itself rather than through src/lib/url.ts: that module brings the Spanish edition's list,
 * and a module of its own for the join would be one more file on every island page, or, grouped with
 * React's (astro.config.mjs), would bring React to the plain pages that link with withBase.
 */
export function withBaseInEveryEdition(path: PageInEveryEdition): string {
  const base = (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/');
  const language = currentLanguage();
  return `${base}${language === 'en' ? '' : `${language}/`}${path.slice(1)}`;
}
