/** The progress store's import path, its release, and the faults the main store tests do not reach. */
import { describe, expect, it } from 'vitest';
import { createProgressStore } from '../../../src/lib/progress/store';
import { listBackups } from '../../../src/lib/progress/backups';
import { PROGRESS_KEY } from '../../../src/lib/progress/keys';
import { emptyProgress, progressSchema } from '../../../src/lib/progress/shape';
import { markVisited, recordAnswer } from '../../../src/lib/progress/actions';
import { FakeStorage, FakeWindow } from './fake-storage';

let clock = Date.parse('2026-11-24T10:00:00.000Z');
const now = () => new Date((clock += 1000));
const at = '2026-11-24T10:00:00.000Z';
const saved = (storage: FakeStorage) => progressSchema.parse(JSON.parse(storage.values.get(PROGRESS_KEY)!));

describe('progress store: import, release and faults', () => {
  it('replaces everything on import, saves it stamped as newest, and tells every listener', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now });
    store.update((p) => markVisited(p, 'boundaries', at));
    const before = store.get().updatedAt;
    let heard = 0;
    store.subscribe(() => heard++);
    const imported = { ...markVisited(emptyProgress(), 'active-listening', at), updatedAt: '2020-01-01T00:00:00.000Z' };
    store.replace(imported);
    expect(Object.keys(saved(storage).modules)).toEqual(['active-listening']);
    expect(store.get().updatedAt > before).toBe(true);
    expect(heard).toBe(1);
  });

  it('treats a save from a version it cannot migrate as unreadable: backed up, started clean, learner told', () => {
    const storage = new FakeStorage();
    const broken = JSON.stringify({ version: 1, visited: 'not a list' });
    storage.values.set(PROGRESS_KEY, broken);
    const store = createProgressStore({ storage, now });
    const [backup] = listBackups(storage);
    expect(store.notice()).toEqual({ kind: 'recovered', backupKey: backup!.key, lost: 'all' });
    expect(backup!.raw).toBe(broken);
    expect(store.get()).toEqual(emptyProgress());
  });

  it('when even the backup copy does not fit, says there is no copy and leaves the original in place', () => {
    const storage = new FakeStorage();
    const broken = '{"version": 2, "modu';
    storage.values.set(PROGRESS_KEY, broken);
    // room for the store's write check, but not for a second copy of the saved value
    storage.quota = PROGRESS_KEY.length + broken.length + 'alongside:probe'.length + 1;
    const store = createProgressStore({ storage, now });
    expect(store.notice()).toEqual({ kind: 'untouched', lost: 'all' });
    expect(store.persistent()).toBe(false);
    store.update((p) => markVisited(p, 'boundaries', at));
    expect(storage.values.get(PROGRESS_KEY)).toBe(broken);
    expect(store.untouchedOriginal()).toBe(broken);
  });

  it('keeps a learner’s changes in memory, and says so, when storage stops answering after the page loaded', () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now });
    store.update((p) => markVisited(p, 'boundaries', at));
    storage.disabled = true;
    store.update((p) => recordAnswer(p, 'boundaries-quiz', 'q1', ['a'], true, at));
    expect(store.notice()).toEqual({ kind: 'blocked' });
    expect(store.persistent()).toBe(false);
    expect(store.get().modules['boundaries']).toEqual({ visitedAt: at });
    expect(store.get().quizzes['boundaries-quiz']?.answers['q1']?.correct).toBe(true);
  });

  it('still clears this page’s progress when storage has gone, and says only this tab was cleared', async () => {
    const storage = new FakeStorage();
    const store = createProgressStore({ storage, now });
    store.update((p) => markVisited(p, 'boundaries', at));
    storage.disabled = true;
    expect(await store.clear()).toBe('memory-only');
    expect(store.get()).toEqual(emptyProgress());
  });

  it('stops following other tabs once released', () => {
    const storage = new FakeStorage();
    const window = new FakeWindow();
    const tab = createProgressStore({ storage, events: window, now });
    const otherTab = createProgressStore({ storage, now });
    let heard = 0;
    tab.subscribe(() => heard++);
    tab.dispose();
    otherTab.update((p) => markVisited(p, 'boundaries', at));
    window.storageChanged(PROGRESS_KEY);
    expect(heard).toBe(0);
    expect(tab.get()).toEqual(emptyProgress());
  });
});
