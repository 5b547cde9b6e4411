import { describe, expect, it } from 'vitest';
import { forgetEverything, isSessionOnly, setSessionOnly, SESSION_ONLY_KEY } from '../../../src/lib/progress/device';
import { PROGRESS_KEY } from '../../../src/lib/progress/keys';
import { FakeStorage } from './fake-storage';

/** FakeStorage with the key()/length API that forgetting walks. */
class WalkableStorage extends FakeStorage {
  get length() {
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
    local.values.set(PROGRESS_KEY, '{"saved":true}');
    expect(setSessionOnly(true, local, session)).toBe(true);
    expect(isSessionOnly(local)).toBe(true);
    expect(local.values.has(PROGRESS_KEY)).toBe(false);
    expect(session.values.get(PROGRESS_KEY)).toBe('{"saved":true}');
    setSessionOnly(false, local, session);
    expect(local.values.get(PROGRESS_KEY)).toBe('{"saved":true}');
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
    local.values.set(PROGRESS_KEY, '{}');
    local.values.set(`${PROGRESS_KEY}:unreadable-backup`, 'x');
    local.values.set('another-site-key', 'keep');
    session.values.set(PROGRESS_KEY, '{}');
    const cacheNames = ['alongside-abc', 'alongside-def', 'other'];
    let unregistered = 0;
    await forgetEverything({
      storages: [local, session],
      caches: {
        keys: () => Promise.resolve(cacheNames),
        delete: (name: string) => Promise.resolve(cacheNames.splice(cacheNames.indexOf(name), 1).length > 0),
      },
      serviceWorker: {
        getRegistrations: () =>
          Promise.resolve([{ unregister: () => Promise.resolve((unregistered++, true)) }] as unknown as ServiceWorkerRegistration[]),
      },
    });
    expect([...local.values.keys()]).toEqual(['another-site-key']);
    expect(session.values.size).toBe(0);
    expect(cacheNames).toEqual(['other']);
    expect(unregistered).toBe(1);
  });
});
