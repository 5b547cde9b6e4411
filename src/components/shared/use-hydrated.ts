import { useSyncExternalStore } from 'react';

const noopSubscribe = () => () => {};

/**
 * False on the server and during hydration, true once the island is interactive: controls stay
 * disabled until they work. Nothing to do with progress, so room islands use it too.
 */
export function useHydrated(): boolean {
  return useBrowserValue(() => true, false);
}

/**
 * Something only the browser can tell (a setting, a capability), read once the island is interactive:
 * `fallback` on the server and during hydration, so the first render matches the server's HTML. `read`
 * must return a primitive (React compares it on every render) that does not change while the page is
 * open; nothing tells React when it does.
 */
export function useBrowserValue<T extends string | number | boolean>(read: () => T, fallback: T): T {
  return useSyncExternalStore(noopSubscribe, read, () => fallback);
}
