import { localizePath } from './i18n/edition';
import { currentLanguage } from './i18n/language';

/**
 * Joins the site's base path and a site-relative path, so the same build works at the root of a host
 * or under a sub-path such as /training/. Every internal link goes through here.
 */
export function joinBase(base: string, path: string): string {
  const trimmedBase = base.endsWith('/') ? base : `${base}/`;
  const trimmedPath = path.replace(/^\/+/, '');
  return `${trimmedBase}${trimmedPath}`;
}

/**
 * Site-relative path -> URL with the configured base, in the page's own edition: on a Spanish page,
 * '/help/' leads to the Spanish help page (a page the Spanish edition does not have stays English).
 */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', localizePath(path, currentLanguage()));
}

/** Site-relative path -> URL with the configured base, in English whatever the page's language. */
export function withBaseEnglish(path: string): string {
  return joinBase(import.meta.env.BASE_URL ?? '/', path);
}
