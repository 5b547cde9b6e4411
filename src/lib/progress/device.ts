/**
 * Shared-computer choices. "Session only" keeps progress in sessionStorage, so it is gone when the
 * browser closes. "Forget everything" removes every trace Alongside left on this device: saved
 * progress (and its backup), settings, and this site's offline copy and service worker.
 */
import { forgetResult, type ForgetResult } from '../offline/forget-result';
import { removeOfflineCopy, type OfflineParts, type RemovalResult } from '../offline/offline-copy';
import type { StorageLike } from './store';
import { FORGET_SIGNAL_KEY, PREFIX, PROGRESS_KEY, SESSION_ONLY_KEY } from './keys';

export { SESSION_ONLY_KEY };

export function isSessionOnly(local: StorageLike | undefined): boolean {
  try {
    return local?.getItem(SESSION_ONLY_KEY) === '1';
  } catch {
    return false;
  }
}

/** Moves saved progress between the two storages and records the choice. Returns false if storage refused. */
export function setSessionOnly(on: boolean, local: StorageLike, session: StorageLike): boolean {
  const [from, to] = on ? [local, session] : [session, local];
  try {
    const saved = from.getItem(PROGRESS_KEY);
    if (saved !== null) to.setItem(PROGRESS_KEY, saved);
    from.removeItem(PROGRESS_KEY);
    if (on) local.setItem(SESSION_ONLY_KEY, '1');
    else local.removeItem(SESSION_ONLY_KEY);
    return true;
  } catch {
    return false;
  }
}

/**
 * Tells every other open tab to forget as well (each clears its own sessionStorage and the progress it
 * holds in memory), through a `storage` event: a key written and removed at once leaves nothing behind.
 */
export function tellOtherTabsToForget(local: StorageLike | undefined): void {
  try {
    local?.setItem(FORGET_SIGNAL_KEY, String(Date.now()));
    local?.removeItem(FORGET_SIGNAL_KEY);
  } catch {
    // storage is blocked, so no other tab saved anything here either
  }
}

/** Removes every `alongside:` key from one storage (this tab's sessionStorage, say), and says how it went. */
export function removeOurKeys(storage: Storage | undefined): 'removed' | 'nothing' | 'failed' {
  let keys: string[];
  try {
    if (!storage) return 'nothing';
    keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
      (key): key is string => !!key?.startsWith(PREFIX),
    );
  } catch {
    return 'nothing'; // storage disabled: nothing can have been kept there
  }
  try {
    keys.forEach((key) => storage.removeItem(key));
  } catch {
    return 'failed';
  }
  return keys.length > 0 ? 'removed' : 'nothing';
}

/** The parts of the browser that forgetting touches, so tests can pass fakes. */
export interface DeviceParts extends OfflineParts {
  storages: (Storage | undefined)[];
}

/**
 * Removes every `alongside:` key from the storages, and this base path's offline copy (its worker and
 * caches, never another Alongside site's on the same origin). Says what it removed and what the
 * browser refused, so the page can tell the person truthfully what is left.
 */
export async function forgetEverything({ storages, ...offline }: DeviceParts): Promise<ForgetResult> {
  const saved: RemovalResult = { removed: false, failed: false };
  for (const storage of storages) {
    const outcome = removeOurKeys(storage);
    if (outcome === 'removed') saved.removed = true;
    if (outcome === 'failed') saved.failed = true;
  }
  return forgetResult({ saved, offline: await removeOfflineCopy(offline) });
}
