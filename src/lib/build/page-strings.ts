/**
 * Where a page loads its strings file (integrations/page-strings.ts): a classic script, so a failed
 * download can be tried again (src/lib/i18n/page-strings.ts, ensurePageStrings), deferred, so it never
 * holds up the page's parsing or first paint, and in <head>, so the browser asks for it with the page's
 * stylesheets. Deferred and module scripts run in the order the page lists them, once it is parsed, so
 * it goes before the page's first module script: it has run before any of the page's own. Islands do
 * not wait on that order: their directives wait for it (ensurePageStrings). Pure, so it is tested in
 * Node; integrations/finish-pages.ts applies it to dist/.
 */
import { PAGE_STRINGS_ATTRIBUTE } from '../i18n/page-strings';

export function linkPageStrings(html: string, src: string): string {
  const places = [html.indexOf('<script type="module"'), html.indexOf('</head>')].filter((at) => at >= 0);
  if (places.length === 0) throw new Error(`A page reads interface strings but has no <head> or module script to link them from (${src})`);
  const at = Math.min(...places);
  return `${html.slice(0, at)}<script src="${src}" defer ${PAGE_STRINGS_ATTRIBUTE}></script>${html.slice(at)}`;
}

/** The page's language, from <html lang>. */
export function pageLanguage(html: string): string {
  const language = /<html[^>]*\slang="([\w-]+)"/.exec(html)?.[1];
  if (!language) throw new Error('A built page has no <html lang>');
  return language;
}
