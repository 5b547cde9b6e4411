/**
 * Where a page loads its strings file (integrations/page-strings.ts): a classic script, so a failed
 * download can be tried again (src/lib/i18n/page-strings.ts, ensurePageStrings). Pure, so it is tested
 * in Node; integrations/finish-pages.ts applies it to dist/.
 *
 * - A page with islands loads it just before its first island, as a script that runs at once: an island
 *   can only start (even `client:load`, at once) after it has run, and the page above it has painted.
 * - Other pages load it deferred, before their first module script: deferred and module scripts run
 *   in the order the page lists them, so it has run before any of the page's own.
 */
import { PAGE_STRINGS_ATTRIBUTE } from '../i18n/page-strings';

export function linkPageStrings(html: string, src: string): string {
  const island = html.indexOf('<astro-island');
  if (island >= 0) return `${html.slice(0, island)}<script src="${src}" ${PAGE_STRINGS_ATTRIBUTE}></script>${html.slice(island)}`;
  const moduleScript = html.indexOf('<script type="module"');
  if (moduleScript < 0) throw new Error(`A page reads interface strings but loads no module script to read them (${src})`);
  return `${html.slice(0, moduleScript)}<script src="${src}" defer ${PAGE_STRINGS_ATTRIBUTE}></script>${html.slice(moduleScript)}`;
}

/** The page's language, from <html lang>. */
export function pageLanguage(html: string): string {
  const language = /<html[^>]*\slang="([\w-]+)"/.exec(html)?.[1];
  if (!language) throw new Error('A built page has no <html lang>');
  return language;
}
