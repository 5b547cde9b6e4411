import { describe, expect, it } from 'vitest';
import { cacheName, isLegacyCacheName, isOwnCacheName, siteBase } from '../../../src/lib/offline/names';

describe('offline cache names', () => {
  it('carry the base path and the build', () => {
    expect(cacheName('/', 'abc')).toBe('alongside:/:abc');
    expect(cacheName('/training/', 'abc')).toBe('alongside:/training/:abc');
  });

  it('write every base path one way, so a missing slash names the same cache', () => {
    expect(siteBase('')).toBe('/');
    expect(siteBase('/')).toBe('/');
    expect(siteBase('training')).toBe('/training/');
    expect(siteBase('/training')).toBe('/training/');
    expect(siteBase('/a/b/')).toBe('/a/b/');
    expect(cacheName('/training', 'abc')).toBe(cacheName('/training/', 'abc'));
  });

  it('tell a base path its own caches from another base path on the same origin', () => {
    expect(isOwnCacheName('alongside:/:abc', '/')).toBe(true);
    expect(isOwnCacheName('alongside:/training/:abc', '/training/')).toBe(true);
    // The root site does not own a sub-path's caches, nor the reverse, nor a longer path's.
    expect(isOwnCacheName('alongside:/training/:abc', '/')).toBe(false);
    expect(isOwnCacheName('alongside:/:abc', '/training/')).toBe(false);
    expect(isOwnCacheName('alongside:/training/b/:abc', '/training/')).toBe(false);
    expect(isOwnCacheName('other', '/')).toBe(false);
  });

  it('recognise the older names without a base path', () => {
    expect(isLegacyCacheName('alongside-abc')).toBe(true);
    expect(isLegacyCacheName('alongside:/:abc')).toBe(false);
  });
});
