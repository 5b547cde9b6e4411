/**
 * The mark the build puts on the offline search index's entry file (integrations/pagefind.ts). Without a
 * connection, the service worker answers a request for the whole site's entry file with that one, so a
 * search that finds nothing can say "not in the pages saved on this device" rather than "try other
 * words", even when the browser still reports a connection that does not work (a weak signal, a
 * network that drops everything).
 */
export const KEPT_PAGES_MARK = 'alongsideKeptPagesOnly';

/** Whether a Pagefind entry file is the offline index's: the pages kept on this device, not the whole site. */
export function isKeptPagesEntry(entry: unknown): boolean {
  return typeof entry === 'object' && entry !== null && (entry as Record<string, unknown>)[KEPT_PAGES_MARK] === true;
}
