import { useSyncExternalStore } from 'react';

const noopSubscribe = () => () => {};

/**
 * False on the server and during hydration, true once the island is interactive: controls stay
 * disabled until they work. Nothing to do with progress, so room islands use it too.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(noopSubscribe, () => true, () => false);
}
