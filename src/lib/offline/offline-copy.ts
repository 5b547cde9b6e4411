/**
 * Finding and removing this site's offline copy: its caches and its service worker, and never another
 * site's on the same origin. Used by "forget everything", by shared-computer mode and by the worker
 * itself when a new build takes over. The browser parts are passed in, so Node tests can pass fakes.
 */
import { isLegacyCacheName, isOwnCacheName, siteBase } from './names';

export type CacheStoreLike = Pick<CacheStorage, 'keys' | 'delete' | 'match'>;
export type WorkerContainerLike = Pick<ServiceWorkerContainer, 'getRegistrations'>;

export interface OfflineParts {
  /** `caches`, or undefined where the browser has no Cache API (nothing can have been cached). */
  caches?: CacheStoreLike | undefined;
  /** `navigator.serviceWorker`, or undefined where there is none (nothing can have been registered). */
  serviceWorker?: WorkerContainerLike | undefined;
  /** This site's base path, e.g. import.meta.env.BASE_URL. */
  base: string;
}

/** What happened to the offline copy: did anything get removed, did the browser refuse anything. */
export interface RemovalResult {
  removed: boolean;
  failed: boolean;
}

/**
 * The names of this base path's caches. An older, unnamed cache counts as ours if it holds our home
 * page: every build precaches its base URL, and another base path's build never holds ours.
 */
export async function ownCaches(caches: CacheStoreLike, base: string): Promise<string[]> {
  const names = await caches.keys();
  const owned = await Promise.all(
    names.map(async (name) => {
      if (isOwnCacheName(name, base)) return true;
      return isLegacyCacheName(name) && (await caches.match(siteBase(base), { cacheName: name })) !== undefined;
    }),
  );
  return names.filter((_, index) => owned[index]);
}

/**
 * Unregisters the worker whose scope is exactly this base path, then deletes this base path's caches
 * (in that order, so a worker still running cannot fill a cache again). Never throws: a refusal is
 * reported, so the page can say truthfully what is left.
 */
export async function removeOfflineCopy({ caches, serviceWorker, base }: OfflineParts): Promise<RemovalResult> {
  const result: RemovalResult = { removed: false, failed: false };
  const record = (outcomes: PromiseSettledResult<boolean>[]) => {
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') result.failed = true;
      else if (outcome.value) result.removed = true; // false: already gone (another tab removed it first)
    }
  };
  if (serviceWorker) {
    try {
      const registrations = await serviceWorker.getRegistrations();
      const ours = registrations.filter((registration) => new URL(registration.scope).pathname === siteBase(base));
      record(await Promise.allSettled(ours.map((registration) => registration.unregister())));
    } catch {
      result.failed = true; // the browser refused the service worker API (e.g. storage blocked)
    }
  }
  if (caches) {
    try {
      const names = await ownCaches(caches, base);
      record(await Promise.allSettled(names.map((name) => caches.delete(name))));
    } catch {
      result.failed = true; // the browser refused the Cache API
    }
  }
  return result;
}
