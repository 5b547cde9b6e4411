import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createProgressStore } from '../../../src/lib/progress/store';
import { listBackups } from '../../../src/lib/progress/backups';
import { PROGRESS_KEY } from '../../../src/lib/progress/keys';
import { emptyProgress, progressSchema } from '../../../src/lib/progress/shape';
import { markVisited, recordAnswer } from '../../../src/lib/progress/actions';
import { FakeStorage, FakeWindow } from './fake-storage';

let clock = Date.parse('2026-11-24T10:00:00.000Z');
const now = () => new Date((clock += 1000));
const at = '2026-11-24T10:00:00.000Z';

describe('progress store', () => {
  it('saves and reloads progress under one namespaced key', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now });
    store.update((p) => markVisited(p, 'active-listening', at));
    expect([...storage.values.keys()]).toEqual([PROGRESS_KEY]);
    const reloaded = createProgressStore({ storage, now });
    expect(reloaded.get().modules['active-listening']).toEqual({ visitedAt: at });
    expect(reloaded.notice()).toBeUndefined();
    expect(reloaded.persistent()).toBe(true);
  });

  it('keeps a backup of unreadable JSON, starts clean and says so', () => {
    const storage = new FakeStorage();
    storage.values.set(PROGRESS_KEY, '{"version": 2, "modules": {');
    const store = createProgressStore({ storage, now });
    expect(store.get()).toEqual(emptyProgress());
    const [backup] = listBackups(storage);
    expect(store.notice()).toEqual({ kind: 'recovered', backupKey: backup!.key, lost: 'all' });
    expect(backup!.raw).toBe('{"version": 2, "modules": {');
    store.update((p) => markVisited(p, 'boundaries', at));
    expect(createProgressStore({ storage, now }).get().modules['boundaries']).toBeDefined();
  });

  it('treats valid JSON of the wrong shape as unreadable too', () => {
    const storage = new FakeStorage();
    storage.values.set(PROGRESS_KEY, JSON.stringify({ version: 2, modules: 'lots' }));
    const store = createProgressStore({ storage, now });
    expect(store.notice()?.kind).toBe('recovered');
    expect(store.get()).toEqual(emptyProgress());
  });

  it('keeps working in memory when storage is disabled, and says progress will not be kept', () => {
    const storage = new FakeStorage();
    storage.disabled = true;
    const store = createProgressStore({ storage, now });
    expect(store.persistent()).toBe(false);
    expect(store.notice()).toEqual({ kind: 'blocked' });
    store.update((p) => markVisited(p, 'boundaries', at));
    expect(store.get().modules['boundaries']).toBeDefined();
  });

  it('keeps working in memory when there is no storage at all', () => {
    const store = createProgressStore({ storage: undefined, now });
    store.update((p) => markVisited(p, 'boundaries', at));
    expect(store.get().modules['boundaries']).toBeDefined();
    expect(store.notice()).toEqual({ kind: 'blocked' });
  });

  it('switches to memory when storage fills up, keeping every change', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now });
    store.update((p) => markVisited(p, 'boundaries', at));
    const saved = storage.values.get(PROGRESS_KEY);
    storage.quota = 10; // nearly full from now on
    store.update((p) => recordAnswer(p, 'boundaries-quiz', 'q1', ['a'], true, at));
    expect(store.notice()).toEqual({ kind: 'full' });
    expect(store.persistent()).toBe(false);
    expect(store.get().quizzes['boundaries-quiz']?.answers['q1']?.selected).toEqual(['a']);
    expect(storage.values.get(PROGRESS_KEY)).toBe(saved); // the last good save is untouched
  });

  it('never overwrites or downgrades progress saved by a newer version', () => {
    const storage = new FakeStorage();
    const newer = JSON.stringify({ version: 99, somethingNew: true });
    storage.values.set(PROGRESS_KEY, newer);
    const store = createProgressStore({ storage, now });
    expect(store.notice()).toEqual({ kind: 'newer-version' });
    store.update((p) => markVisited(p, 'boundaries', at));
    expect(storage.values.get(PROGRESS_KEY)).toBe(newer);
    expect(store.get().modules['boundaries']).toBeDefined();
  });

  it('migrates a version 1 save to the current shape on read', () => {
    const storage = new FakeStorage();
    storage.values.set(PROGRESS_KEY, readFileSync(join(import.meta.dirname, '..', 'fixtures', 'progress-v1.json'), 'utf8'));
    const store = createProgressStore({ storage, now });
    expect(store.notice()).toBeUndefined();
    expect(Object.keys(store.get().modules)).toEqual(['role-and-scope', 'active-listening']);
    expect(store.get().quizzes['active-listening-quiz']?.answers['change-talk']?.selected).toEqual(['a', 'c']);
  });

  it('follows changes made in another tab', () => {
    const storage = new FakeStorage();
    const windowA = new FakeWindow();
    const tabA = createProgressStore({ storage, events: windowA, now });
    const tabB = createProgressStore({ storage, events: new FakeWindow(), now });
    let heard = 0;
    tabA.subscribe(() => heard++);
    tabB.update((p) => markVisited(p, 'crisis-referral', at));
    windowA.storageChanged(PROGRESS_KEY);
    expect(tabA.get().modules['crisis-referral']).toBeDefined();
    expect(heard).toBe(1);
  });

  it('an older tab adds its change on top of newer progress instead of overwriting it', () => {
    const storage = new FakeStorage();
    const tabA = createProgressStore({ storage, now });
    const tabB = createProgressStore({ storage, now });
    tabA.update((p) => markVisited(p, 'boundaries', at));
    // tab B never heard about tab A's change (no storage event), then saves its own
    tabB.update((p) => recordAnswer(p, 'boundaries-quiz', 'q1', ['b'], false, at));
    const saved = progressSchema.parse(JSON.parse(storage.values.get(PROGRESS_KEY)!));
    expect(saved.modules['boundaries']).toBeDefined();
    expect(saved.quizzes['boundaries-quiz']?.answers['q1']).toBeDefined();
  });

  it('clearing in one tab clears the other', async () => {
    const storage = new FakeStorage();
    const windowB = new FakeWindow();
    const tabA = createProgressStore({ storage, now });
    const tabB = createProgressStore({ storage, events: windowB, now });
    tabA.update((p) => markVisited(p, 'boundaries', at));
    windowB.storageChanged(PROGRESS_KEY);
    expect(tabB.get().modules['boundaries']).toBeDefined();
    expect(await tabA.clear()).toBe('cleared');
    windowB.storageChanged(PROGRESS_KEY);
    expect(tabB.get()).toEqual(emptyProgress());
    expect(storage.values.size).toBe(0);
  });

  it('stamps each save later than the last, even if the clock goes backwards', () => {
    const storage = new FakeStorage();
    let time = Date.parse('2026-11-24T12:00:00.000Z');
    const store = createProgressStore({ storage, now: () => new Date((time -= 60_000)) });
    store.update((p) => markVisited(p, 'a', at));
    const first = store.get().updatedAt;
    store.update((p) => markVisited(p, 'b', at));
    expect(store.get().updatedAt > first).toBe(true);
  });
});
