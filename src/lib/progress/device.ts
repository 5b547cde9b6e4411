/**
 * Shared-computer choices. "Session only" keeps progress in sessionStorage, so it is gone when the
 * browser closes. "Forget everything" removes every trace Alongside left on this device: saved
 * progress (and its backup), settings, and this site's offline copy and service worker.
 */
import { forgetResult, type ForgetResult } from '../offline/forget-result';
import { removeOfflineCopy, type OfflineParts, type RemovalResult } from '../offline/offline-copy';
import { SESSION_ONLY_KEY } from './keys';
import type { StorageLike } from './store';
import { STORAGE_KEY } from './shape';

export { SESSION_ONLY_KEY };
const PREFIX = 'alongside:';

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
    const saved = from.getItem(STORAGE_KEY);
    if (saved !== null) to.setItem(STORAGE_KEY, saved);
    from.removeItem(STORAGE_KEY);
    if (on) local.setItem(SESSION_ONLY_KEY, '1');
    else local.removeItem(SESSION_ONLY_KEY);
    return true;
  } catch {
    return false;
  }
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
    if (!storage) continue;
    let keys: string[];
    try {
      keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
        (key): key is string => !!key?.startsWith(PREFIX),
      );
    } catch {
      continue; // storage disabled: nothing can have been kept there
    }
    try {
      keys.forEach((key) => storage.removeItem(key));
      if (keys.length > 0) saved.removed = true;
    } catch {
      saved.failed = true;
    }
  }
  return forgetResult({ saved, offline: await removeOfflineCopy(offline) });
}
