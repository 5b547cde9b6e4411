/**
 * The page's one progress store. Created on first use in the browser (never at import time, and never
 * on the server), so islands read storage only after they mount. On a shared computer, with "session
 * only" chosen, progress lives in sessionStorage and is gone when the browser closes.
 */
import { isSessionOnly } from './device';
import { createProgressStore, type ProgressStore } from './store';

let store: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  if (!store) {
    const local = browserStorage('localStorage');
    const sessionOnly = isSessionOnly(local);
    store = createProgressStore({ storage: sessionOnly ? browserStorage('sessionStorage') : local, events: window });
    if (!sessionOnly) askToPersistOnFirstSave(store);
  }
  return store;
}

export function sessionOnly(): boolean {
  return isSessionOnly(browserStorage('localStorage'));
}

export function browserStorage(kind: 'localStorage' | 'sessionStorage'): Storage | undefined {
  try {
    return window[kind]; // throws in some browsers when storage is disabled
  } catch {
    return undefined;
  }
}

/** When a learner first saves something, ask the browser not to evict it under storage pressure. */
function askToPersistOnFirstSave(progressStore: ProgressStore): void {
  const stop = progressStore.subscribe(() => {
    stop();
    if (progressStore.persistent()) void navigator.storage?.persist?.().catch(() => undefined);
  });
}

export * from './actions';
export * from './shape';
export * from './status';
export type { ProgressStore, StorageNotice } from './store';
