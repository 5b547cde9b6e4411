/**
 * Names for the offline copy of the site. Two Alongside sites can live under different sub-paths of
 * one host, and the Cache API and service worker registrations belong to the whole origin, so every
 * cache name carries its site's base path (`alongside:/training/:<build>`) and a site only ever
 * deletes caches and workers of its own base path.
 */

const PREFIX = 'alongside:';
/** Before base paths were in the name, caches were `alongside-<build>`: whose they are is not in the name. */
const LEGACY_PREFIX = 'alongside-';

/** The base path as the site uses it everywhere: leading and trailing slash ("/" or "/training/"). */
export function siteBase(base: string): string {
  const trimmed = base.replace(/^\/+|\/+$/g, '');
  return trimmed ? `/${trimmed}/` : '/';
}

/** The cache that holds one build of the site at one base path. */
export function cacheName(base: string, build: string): string {
  return `${PREFIX}${siteBase(base)}:${build}`;
}

/** Whether a cache was made by this base path's worker (any build). */
export function isOwnCacheName(name: string, base: string): boolean {
  return name.startsWith(`${PREFIX}${siteBase(base)}:`);
}

/** Whether a cache was made by an older worker that did not put its base path in the name. */
export function isLegacyCacheName(name: string): boolean {
  return name.startsWith(LEGACY_PREFIX);
}

/**
 * The cache where the worker remembers that the person chose the whole course. It is one of this base
 * path's caches, so "forget everything" removes it with the copy, and a new build keeps it.
 */
export function choiceCacheName(base: string): string {
  return cacheName(base, 'choice');
}

/**
 * The attribute the worker puts on the <html> of the 404 page it answers with when the site cannot be
 * reached and the address is not kept on this device. The page then says "offline" rather than
 * "mistyped", even where the browser still reports a connection that does not work.
 */
export const UNREACHABLE_MARK = 'data-site-unreachable';
