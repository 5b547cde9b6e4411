/**
 * Search and the offline copy download the same files (Pagefind's script, wasm and index), and on a
 * phone the second download slows the first. So search says when it starts loading and when its index
 * has loaded (or failed), and the offline copy, which can wait, starts only when no search is loading
 * (offline.client.ts).
 */

/** Set on <html> while search's code and index are loading. */
export const SEARCH_LOADING_ATTRIBUTE = 'data-search-loading';
/** Sent on the document when search's index has loaded, or could not. */
export const SEARCH_LOADED = 'alongside:search-loaded';

export function searchStartedLoading(root: HTMLElement = document.documentElement): void {
  root.setAttribute(SEARCH_LOADING_ATTRIBUTE, '');
}

export function searchFinishedLoading(root: HTMLElement = document.documentElement): void {
  root.removeAttribute(SEARCH_LOADING_ATTRIBUTE);
  document.dispatchEvent(new Event(SEARCH_LOADED));
}

export const searchIsLoading = (root: HTMLElement = document.documentElement): boolean => root.hasAttribute(SEARCH_LOADING_ATTRIBUTE);
