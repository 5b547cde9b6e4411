import { describe, expect, it } from 'vitest';
import { forgetEverything, isSessionOnly, setSessionOnly, SESSION_ONLY_KEY } from '../../../src/lib/progress/device';
import { PROGRESS_KEY as STORAGE_KEY } from '../../../src/lib/progress/keys';
import { FakeCaches, FakeWorkers } from '../offline/fake-browser';
import { FakeStorage } from './fake-storage';

/** FakeStorage with the key()/length API that forgetting walks. */
class WalkableStorage extends FakeStorage {
  get length() {
    if (this.disabled) throw new DOMException('The operation is insecure.', 'SecurityError');
    return this.values.size;
  }
  key(index: number) {
    return [...this.values.keys()][index] ?? null;
  }
  clear() {
    this.values.clear();
  }
}

describe('shared-computer mode', () => {
  it('moves progress to session storage and back', () => {
    const local = new FakeStorage();
    const session = new FakeStorage();
    local.values.set(STORAGE_KEY, '{"saved":true}');
    expect(setSessionOnly(true, local, session)).toBe(true);
    expect(isSessionOnly(local)).toBe(true);
    expect(local.values.has(STORAGE_KEY)).toBe(false);
    expect(session.values.get(STORAGE_KEY)).toBe('{"saved":true}');
    setSessionOnly(false, local, session);
    expect(local.values.get(STORAGE_KEY)).toBe('{"saved":true}');
    expect(local.values.has(SESSION_ONLY_KEY)).toBe(false);
  });

  it('says so when storage refuses the change', () => {
    const local = new FakeStorage();
    local.disabled = true;
    expect(setSessionOnly(true, local, new FakeStorage())).toBe(false);
  });

  it('forgets everything Alongside stored, cached and registered, and nothing else', async () => {
    const local = new WalkableStorage();
    const session = new WalkableStorage();
    local.values.set(STORAGE_KEY, '{}');
    local.values.set(`${STORAGE_KEY}:unreadable-backup`, 'x');
    local.values.set('another-site-key', 'keep');
    session.values.set(STORAGE_KEY, '{}');
    // This site's caches (one from before base paths were in the name), another Alongside site's on
    // the same origin, and another app's; the same for workers.
    const caches = new FakeCaches({ 'alongside:/:abc': ['/'], 'alongside-def': ['/'], 'alongside:/b/:x': ['/b/'], other: [] });
    const serviceWorker = new FakeWorkers(['https://example.org/', 'https://example.org/b/']);
    const result = await forgetEverything({ storages: [local, session], caches, serviceWorker, base: '/' });
    expect([...local.values.keys()]).toEqual(['another-site-key']);
    expect(session.values.size).toBe(0);
    expect(Object.keys(caches.stored)).toEqual(['alongside:/b/:x', 'other']);
    expect(serviceWorker.scopes).toEqual(['https://example.org/b/']);
    expect(result).toEqual({ removed: ['saved', 'offline'], failed: [] });
  });

  it('says what the browser would not let it remove', async () => {
    const local = new WalkableStorage();
    local.values.set(STORAGE_KEY, '{}');
    const unreadable = new WalkableStorage();
    unreadable.disabled = true; // a refused storage can hold nothing: neither removed nor refused
    const stuck = new WalkableStorage();
    stuck.values.set(STORAGE_KEY, '{}');
    stuck.removeItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    const caches = new FakeCaches({ 'alongside:/:abc': ['/'] });
    caches.refuse = true;
    expect(await forgetEverything({ storages: [local, unreadable, undefined], caches, base: '/' })).toEqual({
      removed: ['saved'],
      failed: ['offline'],
    });
    expect(await forgetEverything({ storages: [stuck], base: '/' })).toEqual({ removed: [], failed: ['saved'] });
  });
});
