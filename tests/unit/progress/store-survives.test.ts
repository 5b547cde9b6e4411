/**
 * Progress that survives anything (issue #17): a store that cannot write still reads, every change is
 * made under the cross-tab lock, damaged data is copied (and the copy checked) before anything is
 * written over it, one bad item loses only itself, and every message matches what really happened.
 */
import { describe, expect, it } from 'vitest';
import { createProgressStore, type LockManagerLike } from '../../../src/lib/progress/store';
import { listBackups, MAX_BACKUPS } from '../../../src/lib/progress/backups';
import { PROGRESS_KEY, PROGRESS_LOCK } from '../../../src/lib/progress/keys';
import { emptyProgress, progressSchema, type Progress } from '../../../src/lib/progress/shape';
import { markVisited, recordAnswer, recordQuizScore, toggleSavedResource } from '../../../src/lib/progress/actions';
import { exportSnapshot } from '../../../src/lib/progress/transfer';
import { describeBackups } from '../../../src/lib/progress/backup-summary';
import { FakeStorage } from './fake-storage';

let clock = Date.parse('2026-11-24T10:00:00.000Z');
const now = () => new Date((clock += 1000));
const at = '2026-11-24T10:00:00.000Z';
const savedIn = (storage: FakeStorage) => progressSchema.parse(JSON.parse(storage.values.get(PROGRESS_KEY)!));
const withVisits = (...ids: string[]) => ids.reduce((progress, id) => markVisited(progress, id, at), emptyProgress());

/** A lock manager that runs one holder of each name at a time, in order, and says which progress locks are held. */
class FakeLocks implements LockManagerLike {
  held = false;
  names: string[] = [];
  private tails = new Map<string, Promise<unknown>>();
  private holding = new Set<string>();
  request(name: string, callback: () => unknown): Promise<unknown> {
    this.names.push(name);
    const run = (this.tails.get(name) ?? Promise.resolve()).then(async () => {
      this.holding.add(name);
      if (name === PROGRESS_LOCK) this.held = true;
      try {
        return await callback();
      } finally {
        this.holding.delete(name);
        if (name === PROGRESS_LOCK) this.held = false;
      }
    });
    this.tails.set(
      name,
      run.catch(() => undefined),
    );
    return run;
  }
  query() {
    return Promise.resolve({ held: [...this.holding].map((name) => ({ name })) });
  }
}

describe('a store that cannot write still reads (#17.1)', () => {
  it('shows and exports what was saved when storage is full at load, and keeps new work in memory', () => {
    const storage = new FakeStorage();
    storage.values.set(PROGRESS_KEY, JSON.stringify(withVisits('boundaries', 'active-listening')));
    storage.quota = 0; // nothing more fits
    const store = createProgressStore({ storage, now });
    expect(store.notice()).toEqual({ kind: 'full' });
    expect(store.persistent()).toBe(false);
    expect(Object.keys(store.get().modules)).toEqual(['boundaries', 'active-listening']);
    store.update((p) => markVisited(p, 'crisis-referral', at));
    const exported = exportSnapshot(store.snapshot());
    expect(exported.items).toBe(3);
    expect((JSON.parse(exported.text) as { progress: Progress }).progress.modules).toHaveProperty('boundaries');
  });

  it('tells a storage that refuses to be read from one that is full', () => {
    const blocked = new FakeStorage();
    blocked.disabled = true;
    expect(createProgressStore({ storage: blocked, now }).notice()).toEqual({ kind: 'blocked' });
  });
});

describe('every read-change-write holds the cross-tab lock (#17.2)', () => {
  it('writes only while holding the progress lock, and keeps every save of two tabs racing', async () => {
    const storage = new FakeStorage();
    const locks = new FakeLocks();
    const writes: boolean[] = [];
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => {
      if (key === PROGRESS_KEY) writes.push(locks.held);
      setItem(key, value);
    };
    const tabA = createProgressStore({ storage, locks, now });
    const tabB = createProgressStore({ storage, locks, now });
    for (let index = 0; index < 20; index++) {
      tabA.update((p) => toggleSavedResource(p, `a-${index}`, at));
      tabB.update((p) => toggleSavedResource(p, `b-${index}`, at));
    }
    // The change shows at once in its own tab, before it is written.
    expect(Object.keys(tabA.get().resources)).toHaveLength(20);
    await Promise.all([tabA.flush(), tabB.flush()]);
    expect(Object.keys(savedIn(storage).resources)).toHaveLength(40);
    expect(writes.length).toBeGreaterThan(0);
    expect(writes.every(Boolean)).toBe(true);
    expect(locks.names.filter((name) => !name.startsWith(`${PROGRESS_LOCK}:written:`))).toEqual(
      locks.names.filter((name) => name === PROGRESS_LOCK),
    );
  });

  it('does the work unlocked rather than lose it when the lock cannot be had', async () => {
    const storage = new FakeStorage();
    const locks: LockManagerLike = { request: () => Promise.reject(new DOMException('no locks here', 'SecurityError')) };
    const store = createProgressStore({ storage, locks, now });
    store.update((p) => markVisited(p, 'boundaries', at));
    await store.flush();
    expect(savedIn(storage).modules).toHaveProperty('boundaries');
  });
});

describe('unreadable data is kept, copied and restorable (#17.3)', () => {
  it('loses only the bad item: an out-of-range score drops that score and nothing else', () => {
    const storage = new FakeStorage();
    const progress = recordQuizScore(withVisits('boundaries'), 'boundaries-quiz', 0.8, at);
    const damaged = structuredClone(progress) as Progress & { quizzes: Record<string, { lastScore: number }> };
    damaged.quizzes['boundaries-quiz']!.lastScore = 7;
    (damaged.resources as Record<string, unknown>)['Not An Id'] = { savedAt: at };
    storage.values.set(PROGRESS_KEY, JSON.stringify(damaged));
    const store = createProgressStore({ storage, now });
    expect(store.notice()).toMatchObject({ kind: 'recovered', lost: 2 });
    expect(store.get().modules).toHaveProperty('boundaries');
    expect(store.get().quizzes['boundaries-quiz']).toEqual({ answers: {}, bestScore: 0.8, completedAt: at });
    // The original is in a checked copy, and the readable part was written back for a clean next visit.
    expect(listBackups(storage)[0]!.raw).toBe(JSON.stringify(damaged));
    expect(savedIn(storage).quizzes['boundaries-quiz']!.bestScore).toBe(0.8);
  });

  it('keeps more than one copy: a second fault never overwrites the first, and only the newest three stay', () => {
    const storage = new FakeStorage();
    const faults = ['{"broken": 1', '{"broken": 2', '{"broken": 3', '{"broken": 4'];
    for (const fault of faults) {
      storage.values.set(PROGRESS_KEY, fault);
      createProgressStore({ storage, now });
    }
    expect(listBackups(storage).map((backup) => backup.raw)).toEqual(faults.slice(-MAX_BACKUPS).reverse());
  });

  it('never writes over the original when its copy does not read back the same', () => {
    const storage = new FakeStorage();
    storage.values.set(PROGRESS_KEY, '{"version": 2, "modu');
    const setItem = storage.setItem.bind(storage);
    storage.setItem = (key, value) => setItem(key, key.includes(':backup:') ? value.slice(1) : value); // a storage that mangles
    const store = createProgressStore({ storage, now });
    expect(store.notice()).toEqual({ kind: 'untouched', lost: 'all' });
    store.update((p) => markVisited(p, 'boundaries', at));
    expect(storage.values.get(PROGRESS_KEY)).toBe('{"version": 2, "modu');
    expect(listBackups(storage)).toEqual([]);
  });

  it('restores what a copy still holds into current progress, and deletes copies on request', async () => {
    const storage = new FakeStorage();
    const damaged = { ...withVisits('boundaries', 'self-care'), updatedAt: 'yesterday-ish', roleplays: 'lots' };
    storage.values.set(PROGRESS_KEY, JSON.stringify(damaged));
    const store = createProgressStore({ storage, now });
    expect(store.notice()).toMatchObject({ kind: 'recovered', lost: 1 });
    await store.clear();
    expect(store.backups()).toEqual([]); // clearing removes the copies too
    storage.values.set('alongside:progress:backup:2026-11-20T09:00:00.000Z', JSON.stringify(damaged));
    const [backup] = describeBackups(store).backups;
    expect(backup).toMatchObject({ items: 2, newer: false });
    store.update((p) => markVisited(p, 'crisis-referral', at));
    expect(await store.restoreBackup(backup!.key)).toEqual({ ok: true, items: 2 });
    expect(Object.keys(store.get().modules).sort()).toEqual(['boundaries', 'crisis-referral', 'self-care']);
    expect(store.removeBackup(backup!.key)).toBe(true);
    expect(store.backups()).toEqual([]);
    expect(await store.restoreBackup(backup!.key)).toEqual({ ok: false });
  });
});

describe('honest messages (#17.4)', () => {
  it('clears progress saved by a newer version when asked, and says it did', async () => {
    const storage = new FakeStorage();
    storage.values.set(PROGRESS_KEY, JSON.stringify({ version: 99 }));
    const store = createProgressStore({ storage, now });
    expect(await store.clear()).toBe('cleared');
    expect(storage.values.has(PROGRESS_KEY)).toBe(false);
    expect(store.notice()).toBeUndefined();
    expect(store.persistent()).toBe(true);
  });

  it('says "failed" when the browser will not remove the progress', async () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now });
    store.update((p) => markVisited(p, 'boundaries', at));
    storage.removeItem = () => undefined; // quietly refuses
    expect(await store.clear()).toBe('failed');
    expect(storage.values.has(PROGRESS_KEY)).toBe(true);
  });

  it('exports a newer version’s progress exactly as it was, never an empty file', () => {
    const storage = new FakeStorage();
    const newer = { version: 3, modules: { boundaries: { visitedAt: at, stars: 5 } } };
    storage.values.set(PROGRESS_KEY, JSON.stringify(newer));
    const exported = exportSnapshot(createProgressStore({ storage, now }).snapshot());
    expect(exported.newerVersion).toBe(true);
    expect((JSON.parse(exported.text) as { progress: unknown }).progress).toEqual(newer);
  });

  it('keeps saving when the saved updatedAt is at the end of time', () => {
    const storage = new FakeStorage();
    storage.values.set(PROGRESS_KEY, JSON.stringify({ ...withVisits('boundaries'), updatedAt: '9999-12-31T23:59:59.999Z' }));
    const store = createProgressStore({ storage, now });
    expect(() => store.update((p) => recordAnswer(p, 'boundaries-quiz', 'q1', ['a'], true, at))).not.toThrow();
    expect(store.notice()).toBeUndefined();
    expect(savedIn(storage).quizzes['boundaries-quiz']?.answers['q1']?.correct).toBe(true);
  });

  it('leaves out a change that would make progress unreadable, instead of throwing', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now });
    expect(() => store.update((p) => recordQuizScore(p, 'boundaries-quiz', 2, at))).not.toThrow();
    expect(store.get().quizzes).toEqual({});
  });
});

describe('shared-computer mode moves every tab (#17.7)', () => {
  it('carries a tab’s progress to the other shelf and stops writing to the first', () => {
    const local = new FakeStorage();
    const session = new FakeStorage();
    const store = createProgressStore({ storage: local, now });
    store.update((p) => markVisited(p, 'boundaries', at));
    local.values.delete(PROGRESS_KEY); // the tab that switched the mode moved it away
    store.moveTo(session);
    store.update((p) => markVisited(p, 'self-care', at));
    expect(local.values.has(PROGRESS_KEY)).toBe(false);
    expect(Object.keys(savedIn(session).modules).sort()).toEqual(['boundaries', 'self-care']);
  });
});

/** One tab's view of shared storage that hears of the other tab's writes `lagMs` late, as Chromium's per-tab caches do. */
class LaggingView extends FakeStorage {
  peers: LaggingView[] = [];
  constructor(private lagMs: number) {
    super();
  }
  override setItem(key: string, value: string): void {
    super.setItem(key, value);
    for (const peer of this.peers) setTimeout(() => peer.values.set(key, value), this.lagMs);
  }
}

describe('tabs whose storage hears of each other’s writes late (#17.2)', () => {
  it('waits for the newest write named by the browser’s lock marks, so no save is lost', async () => {
    const locks = new FakeLocks();
    const [viewA, viewB] = [new LaggingView(40), new LaggingView(40)];
    viewA.peers = [viewB];
    viewB.peers = [viewA];
    const tabA = createProgressStore({ storage: viewA, locks, now });
    const tabB = createProgressStore({ storage: viewB, locks, now });
    for (let index = 0; index < 6; index++) {
      tabA.update((p) => markVisited(p, `a-${index}`, at));
      tabB.update((p) => markVisited(p, `b-${index}`, at));
    }
    await Promise.all([tabA.flush(), tabB.flush()]);
    await new Promise((resolve) => setTimeout(resolve, 100)); // let the last write reach both views
    expect(Object.keys(savedIn(viewA).modules)).toHaveLength(12);
    expect(Object.keys(savedIn(viewB).modules)).toHaveLength(12);
  });
});

describe('a shelf only this tab can see (#17.7)', () => {
  it('takes no lock and waits for no other tab: in shared-computer mode each save is written at once', () => {
    const locks = new FakeLocks();
    void locks.request(`${PROGRESS_LOCK}:written:9999-01-01T00:00:00.000Z`, () => new Promise(() => undefined)); // another tab's mark
    const session = new FakeStorage();
    const store = createProgressStore({ storage: session, locks, shared: false, now });
    store.update((p) => markVisited(p, 'boundaries', at));
    expect(savedIn(session).modules).toHaveProperty('boundaries');
    expect(locks.names.filter((name) => name === PROGRESS_LOCK)).toEqual([]);
  });
});

describe('a save pressed just before leaving the page (#17.1)', () => {
  it('is written when the page is hidden, even while another tab holds the lock', () => {
    const locks = new FakeLocks();
    void locks.request(PROGRESS_LOCK, () => new Promise(() => undefined)); // another tab holds the lock
    const storage = new FakeStorage();
    const page = new EventTarget();
    const store = createProgressStore({ storage, locks, events: page, now });
    store.update((progress) => toggleSavedResource(progress, 'crisis-text-line', at));
    expect(storage.values.get(PROGRESS_KEY)).toBeUndefined(); // still waiting for the lock
    page.dispatchEvent(new Event('pagehide'));
    expect(savedIn(storage).resources).toHaveProperty('crisis-text-line');
    store.dispose();
  });
});
