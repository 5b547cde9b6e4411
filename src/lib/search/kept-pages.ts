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

/**
 * Whether a search that found nothing read only the pages kept on this device, from the answer to a
 * request for the entry file (`askEntry`, which the caller gives a deadline):
 * - the marked entry: yes, the service worker answered from what it keeps;
 * - any other readable entry: no, the whole site was searched;
 * - no answer in time, or an unreadable one: not known, so no (the plain "try other words");
 * - a failed request: yes only where a service worker answers for this page (`workerAnswers`), since
 *   then the site cannot be reached and search read what it keeps; without one, nothing is kept.
 */
export async function searchedKeptPagesOnly(askEntry: () => Promise<Response>, workerAnswers: boolean): Promise<boolean> {
  let response: Response;
  try {
    response = await askEntry();
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError';
    return !timedOut && workerAnswers;
  }
  try {
    return isKeptPagesEntry(await response.json());
  } catch {
    return false;
  }
}
