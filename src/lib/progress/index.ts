/**
 * The page's one progress store. Created on first use in the browser (never at import time, and never
 * on the server), so islands read storage only after they mount.
 */
import { createProgressStore, type ProgressStore } from './store';

let store: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  store ??= createProgressStore({ storage: browserStorage(), events: window });
  return store;
}

function browserStorage(): Storage | undefined {
  try {
    return window.localStorage; // throws in some browsers when storage is disabled
  } catch {
    return undefined;
  }
}

export * from './actions';
export * from './shape';
export * from './status';
export type { ProgressStore, StorageNotice } from './store';
