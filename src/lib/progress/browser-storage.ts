/** The browser's storages, without the store: small enough for every page's own scripts. */

/** localStorage or sessionStorage, or undefined where the browser refuses it (reading the property itself throws then). */
export function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[kind];
  } catch {
    return undefined;
  }
}
