/**
 * The progress store for pages without an exercise (issue #18): loaded only when there is progress to
 * read (src/lib/progress/presence.ts), so a first visit to the home page or the resource guide loads
 * none of it. A page shows a first visit's state at once, then hands `whenProgressSaved` what to do
 * with the store: it runs now if this device has saved progress, or as soon as there is some (another
 * tab saves, or this page saves through `loadProgressStore`, e.g. "Save to My resources").
 */
import type { ProgressStore } from '../../lib/progress';
import { browserStorage } from '../../lib/progress/browser-storage';
import { PROGRESS_KEY } from '../../lib/progress/keys';
import { progressToRead } from '../../lib/progress/presence';

let loading: Promise<ProgressStore> | undefined;
const waiting: ((store: ProgressStore) => void)[] = [];

/** The page's one progress store, loaded on first use. */
export function loadProgressStore(): Promise<ProgressStore> {
  loading ??= import('../../lib/progress').then(({ progressStore }) => {
    const store = progressStore();
    waiting.splice(0).forEach((use) => use(store));
    return store;
  });
  return loading;
}

/** Returns true when the store is on its way now (this device has progress), false when `use` waits for some. */
export function whenProgressSaved(use: (store: ProgressStore) => void): boolean {
  if (loading) {
    void loading.then(use);
    return true;
  }
  waiting.push(use);
  if (progressToRead(browserStorage('localStorage'), browserStorage('sessionStorage'))) {
    void loadProgressStore();
    return true;
  }
  listenForOtherTabs();
  return false;
}

let listening = false;

/** Another tab saving progress: load the store, which then follows every later change itself. */
function listenForOtherTabs(): void {
  if (listening) return;
  listening = true;
  const onStorage = (event: StorageEvent) => {
    if (event.key !== PROGRESS_KEY || event.newValue === null) return;
    window.removeEventListener('storage', onStorage);
    void loadProgressStore();
  };
  window.addEventListener('storage', onStorage);
}
