/**
 * The page's one progress store (src/lib/progress/index.ts), with the browser's window, storages and
 * navigator replaced by fakes. The module keeps its store for the page's lifetime, so each test
 * imports a fresh copy.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { SESSION_ONLY_KEY } from '../../../src/lib/progress/device';
import { PROGRESS_KEY } from '../../../src/lib/progress/keys';
import { FakeStorage, FakeWindow } from './fake-storage';

const at = '2026-11-24T10:00:00.000Z';

class FakeBrowserWindow extends FakeWindow {
  localStorage = new FakeStorage();
  sessionStorage = new FakeStorage();
}

let window: FakeBrowserWindow;
let persist: ReturnType<typeof vi.fn<() => Promise<boolean>>>;

beforeEach(() => {
  vi.resetModules();
  window = new FakeBrowserWindow();
  persist = vi.fn(() => Promise.resolve(true));
  vi.stubGlobal('window', window);
  vi.stubGlobal('navigator', { storage: { persist } });
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const loadPageStore = () => import('../../../src/lib/progress/index');

describe('the page’s progress store', () => {
  it('is one store for the whole page, saving to localStorage', async () => {
    const { progressStore, markVisited } = await loadPageStore();
    expect(progressStore()).toBe(progressStore());
    progressStore().update((progress) => markVisited(progress, 'boundaries', at));
    expect(window.localStorage.values.get(PROGRESS_KEY)).toContain('boundaries');
    expect(window.sessionStorage.values.has(PROGRESS_KEY)).toBe(false);
  });

  it('asks the browser once, at the first save, not to evict saved progress', async () => {
    const { progressStore, markVisited } = await loadPageStore();
    const store = progressStore();
    expect(persist).not.toHaveBeenCalled();
    store.update((progress) => markVisited(progress, 'boundaries', at));
    store.update((progress) => markVisited(progress, 'active-listening', at));
    expect(persist).toHaveBeenCalledTimes(1);
  });

  it('follows saves made in another tab', async () => {
    const { progressStore, markVisited, emptyProgress } = await loadPageStore();
    const store = progressStore();
    const otherTab = { ...markVisited(emptyProgress(), 'boundaries', at), updatedAt: '2030-01-01T00:00:00.000Z' };
    window.localStorage.values.set(PROGRESS_KEY, JSON.stringify(otherTab));
    window.storageChanged(PROGRESS_KEY);
    expect(store.get().modules['boundaries']).toEqual({ visitedAt: at });
  });

  it('on a shared computer, keeps progress in sessionStorage only and does not ask the browser to keep it', async () => {
    window.localStorage.values.set(SESSION_ONLY_KEY, '1');
    const { progressStore, sessionOnly, markVisited } = await loadPageStore();
    expect(sessionOnly()).toBe(true);
    progressStore().update((progress) => markVisited(progress, 'boundaries', at));
    expect(window.sessionStorage.values.get(PROGRESS_KEY)).toContain('boundaries');
    expect(window.localStorage.values.has(PROGRESS_KEY)).toBe(false);
    expect(persist).not.toHaveBeenCalled();
  });

  it('when the browser refuses storage, still works for this page and says progress will not be kept', async () => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
    const { progressStore, browserStorage, sessionOnly, markVisited } = await loadPageStore();
    expect(browserStorage('localStorage')).toBeUndefined();
    expect(sessionOnly()).toBe(false);
    const store = progressStore();
    store.update((progress) => markVisited(progress, 'boundaries', at));
    expect(store.get().modules['boundaries']).toEqual({ visitedAt: at });
    expect(store.notice()).toEqual({ kind: 'blocked' });
    expect(persist).not.toHaveBeenCalled();
  });

  it('takes a browser’s refusal to keep storage calmly: progress is still saved and nothing is left unhandled', async () => {
    // A plain function, not vi.fn: a spy watches the promise it returns, which would hide an unhandled rejection.
    let asked = 0;
    const refuse = () => {
      asked++;
      return Promise.reject(new DOMException('Not allowed', 'NotAllowedError'));
    };
    vi.stubGlobal('navigator', { storage: { persist: refuse } });
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    process.on('unhandledRejection', onUnhandled);
    try {
      const { progressStore, markVisited } = await loadPageStore();
      progressStore().update((progress) => markVisited(progress, 'boundaries', at));
      await new Promise((resolve) => setTimeout(resolve, 0)); // unhandled rejections are reported by now
    } finally {
      process.off('unhandledRejection', onUnhandled);
    }
    expect(asked).toBe(1);
    expect(unhandled).toEqual([]);
    expect(window.localStorage.values.get(PROGRESS_KEY)).toContain('boundaries');
  });

  it('saves even in a browser that cannot be asked to keep storage', async () => {
    vi.stubGlobal('navigator', {});
    const { progressStore, markVisited } = await loadPageStore();
    progressStore().update((progress) => markVisited(progress, 'boundaries', at));
    expect(window.localStorage.values.get(PROGRESS_KEY)).toContain('boundaries');
  });
});

describe('what another tab chooses applies to this one at once (#17.7)', () => {
  it('moves to sessionStorage when shared-computer mode is turned on elsewhere, carrying its progress', async () => {
    const { progressStore, markVisited } = await loadPageStore();
    const store = progressStore();
    store.update((progress) => markVisited(progress, 'boundaries', at));
    // The other tab moves the saved progress to its own session and records the mode.
    window.localStorage.values.delete(PROGRESS_KEY);
    window.localStorage.values.set(SESSION_ONLY_KEY, '1');
    window.storageChanged(SESSION_ONLY_KEY);
    store.update((progress) => markVisited(progress, 'self-care', at));
    expect(window.localStorage.values.has(PROGRESS_KEY)).toBe(false);
    expect(window.sessionStorage.values.get(PROGRESS_KEY)).toContain('self-care');
    expect(window.sessionStorage.values.get(PROGRESS_KEY)).toContain('boundaries');
  });

  it('forgets this tab’s progress and its session keys when another tab forgets everything', async () => {
    const { progressStore, markVisited } = await loadPageStore();
    const store = progressStore();
    store.update((progress) => markVisited(progress, 'boundaries', at));
    window.sessionStorage.values.set('alongside:room:v1:quiz:x', '{}');
    window.localStorage.values.clear();
    window.storageChanged('alongside:forget-signal');
    await store.flush();
    expect(Object.keys(store.get().modules)).toEqual([]);
    expect(window.sessionStorage.values.size).toBe(0);
    expect(window.localStorage.values.has(PROGRESS_KEY)).toBe(false);
  });
});
