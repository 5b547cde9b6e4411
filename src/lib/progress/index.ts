/**
 * The page's one progress store. Created on first use in the browser (never at import time, and never
 * on the server), so islands read storage only after they mount. On a shared computer, with "session
 * only" chosen, progress lives in sessionStorage and is gone when the browser closes; when the mode
 * changes in any tab, every open tab moves to the other shelf at once (the `storage` event on the
 * mode's key), so no tab goes on writing where the person asked it not to.
 */
import { browserStorage } from './browser-storage';
import { isSessionOnly, removeOurKeys } from './device';
import { FORGET_SIGNAL_KEY, SESSION_ONLY_KEY } from './keys';
import { createProgressStore, type ProgressStore } from './store';

let store: ProgressStore | undefined;

export function progressStore(): ProgressStore {
  if (!store) {
    const local = browserStorage('localStorage');
    const sessionOnly = isSessionOnly(local);
    store = createProgressStore({ storage: shelf(sessionOnly), events: window, locks: browserLocks(), shared: !sessionOnly });
    if (!sessionOnly) askToPersistOnFirstSave(store);
    followOtherTabs(store);
  }
  return store;
}

export function sessionOnly(): boolean {
  return isSessionOnly(browserStorage('localStorage'));
}

function shelf(sessionOnly: boolean): Storage | undefined {
  return browserStorage(sessionOnly ? 'sessionStorage' : 'localStorage');
}

/** navigator.locks, where the browser has it (every current browser on a secure origin or localhost). */
function browserLocks(): LockManager | undefined {
  try {
    return typeof navigator !== 'undefined' && navigator.locks ? navigator.locks : undefined;
  } catch {
    return undefined;
  }
}

/** Shared-computer mode and "forget everything" chosen in another tab apply to this one at once. */
function followOtherTabs(progressStore: ProgressStore): void {
  window.addEventListener('storage', (event) => {
    if (event.key === FORGET_SIGNAL_KEY && event.newValue !== null) {
      removeOurKeys(browserStorage('sessionStorage'));
      void progressStore.clear();
    } else if (event.key === SESSION_ONLY_KEY || event.key === null) {
      const onlyThisTab = sessionOnly();
      progressStore.moveTo(shelf(onlyThisTab), !onlyThisTab);
    }
  });
}

/** When a learner first saves something, ask the browser not to evict it under storage pressure. */
function askToPersistOnFirstSave(progressStore: ProgressStore): void {
  const stop = progressStore.subscribe(() => {
    stop();
    if (progressStore.persistent()) void navigator.storage?.persist?.().catch(() => undefined);
  });
}

export { browserStorage };
export * from './actions';
export * from './shape';
export * from './status';
export type { ClearResult, ProgressStore, RestoreResult, Snapshot, StorageNotice } from './store';
