import { describe, expect, it } from 'vitest';
import { ownCaches, removeOfflineCopy } from '../../../src/lib/offline/offline-copy';
import { FakeCaches, FakeWorkers } from './fake-browser';

const origin = 'https://example.org';

/** One origin with two Alongside sites (at the root and under /training/), an old unnamed cache of each, and another app's cache. */
function twoSites() {
  return new FakeCaches({
    'alongside:/:new': ['/'],
    'alongside:/:old': ['/'],
    'alongside-legacy-root': ['/', '/about/'],
    'alongside:/training/:new': ['/training/'],
    'alongside-legacy-training': ['/training/', '/training/about/'],
    'another-app': ['/'],
  });
}

describe('the offline copy of one base path', () => {
  it('owns its named caches and the old unnamed ones that hold its home page', async () => {
    expect(await ownCaches(twoSites(), '/')).toEqual(['alongside:/:new', 'alongside:/:old', 'alongside-legacy-root']);
    expect(await ownCaches(twoSites(), '/training/')).toEqual(['alongside:/training/:new', 'alongside-legacy-training']);
  });

  it('is removed without touching the other site: its worker first, then its caches', async () => {
    const caches = twoSites();
    const serviceWorker = new FakeWorkers([`${origin}/`, `${origin}/training/`]);
    expect(await removeOfflineCopy({ caches, serviceWorker, base: '/training/' })).toEqual({ removed: true, failed: false });
    expect(serviceWorker.scopes).toEqual([`${origin}/`]);
    expect(Object.keys(caches.stored)).toEqual(['alongside:/:new', 'alongside:/:old', 'alongside-legacy-root', 'another-app']);
  });

  it('leaves a worker whose scope only contains the base path (the root worker, seen from a sub-path)', async () => {
    const serviceWorker = new FakeWorkers([`${origin}/`]);
    expect(await removeOfflineCopy({ serviceWorker, base: '/training' })).toEqual({ removed: false, failed: false });
    expect(serviceWorker.scopes).toEqual([`${origin}/`]);
  });

  it('reports nothing removed and nothing refused where the browser has neither API', async () => {
    expect(await removeOfflineCopy({ base: '/' })).toEqual({ removed: false, failed: false });
  });

  it('says so when the browser refuses the Cache API, and still removes the worker', async () => {
    const caches = twoSites();
    caches.refuse = true;
    const serviceWorker = new FakeWorkers([`${origin}/`]);
    expect(await removeOfflineCopy({ caches, serviceWorker, base: '/' })).toEqual({ removed: true, failed: true });
    expect(serviceWorker.scopes).toEqual([]);
  });

  it('says so when the browser refuses the service worker API, and still deletes the caches', async () => {
    const caches = twoSites();
    const serviceWorker = new FakeWorkers([`${origin}/`]);
    serviceWorker.refuse = true;
    expect(await removeOfflineCopy({ caches, serviceWorker, base: '/' })).toEqual({ removed: true, failed: true });
    expect(await ownCaches(caches, '/')).toEqual([]);
  });

  it('says so when unregistering fails', async () => {
    const serviceWorker = new FakeWorkers([`${origin}/`]);
    serviceWorker.stuck.add(`${origin}/`);
    expect(await removeOfflineCopy({ serviceWorker, base: '/' })).toEqual({ removed: false, failed: true });
  });

  it('does not count what another tab removed first as removed or refused', async () => {
    const caches = twoSites();
    const alreadyGone: typeof caches.delete = () => Promise.resolve(false);
    caches.delete = alreadyGone;
    expect(await removeOfflineCopy({ caches, base: '/' })).toEqual({ removed: false, failed: false });
  });
});
