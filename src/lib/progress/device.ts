/**
 * Shared-computer choices. "Session only" keeps progress in sessionStorage, so it is gone when the
 * browser closes. "Forget everything" removes every trace Alongside left on this device: saved
 * progress (and its backup), settings, the offline copy of the site, and the service worker.
 */
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

/** Removes every `alongside:` key from one storage (this tab's sessionStorage, say). */
export function removeOurKeys(storage: Storage | undefined): void {
  if (!storage) return;
  try {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
      (key): key is string => !!key?.startsWith(PREFIX),
    );
    keys.forEach((key) => storage.removeItem(key));
  } catch {
    // storage disabled: nothing was kept there
  }
}

/** The parts of the browser that forgetting touches, so tests can pass fakes. */
export interface DeviceParts {
  storages: (Storage | undefined)[];
  caches?: Pick<CacheStorage, 'keys' | 'delete'> | undefined;
  serviceWorker?: Pick<ServiceWorkerContainer, 'getRegistrations'> | undefined;
}

export async function forgetEverything({ storages, caches, serviceWorker }: DeviceParts): Promise<void> {
  storages.forEach(removeOurKeys);
  if (caches) {
    const names = await caches.keys();
    await Promise.all(names.filter((name) => name.startsWith('alongside-')).map((name) => caches.delete(name)));
  }
  if (serviceWorker) {
    const registrations = await serviceWorker.getRegistrations();
    await Promise.all(registrations.map((registration) => registration.unregister()));
  }
}
