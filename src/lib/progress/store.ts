/**
 * The progress store: the only code that reads and writes the learner's progress. It keeps that
 * progress safe when storage is damaged, full, blocked or shared between tabs:
 * - reading and writing are separate: when storage will not take writes, what was saved is still
 *   shown and exported, and new work is kept in memory with a notice saying so;
 * - each read-change-write happens under a cross-tab lock (Web Locks) on the newest saved state, so
 *   ten tabs opening at once or two tabs saving quickly never lose a save; where the browser has no
 *   locks, the read-change-write runs in one synchronous step (the narrowest window the platform allows);
 * - every read is validated item by item (salvage.ts): a bad item loses only itself, and the
 *   original text is copied to a verified backup (backups.ts) before anything is written over it;
 * - a value saved by a newer version of Alongside is never overwritten or downgraded;
 * - changes show at once in this tab (they are applied in memory first), and other tabs follow
 *   along through the `storage` event.
 */
import { keepBackup, listBackups, removeBackup, type Backup, type ListableStorage } from './backups';
import { PROBE_KEY, PROGRESS_KEY, PROGRESS_LOCK } from './keys';
import { mergeProgress } from './merge';
import { interpret, readShelf, type Reading } from './reading';
import { emptyProgress, progressSchema, type Progress } from './shape';
import { createWriteMarks, readWhenCaughtUp, type LockManagerLike } from './write-marks';

/** The parts of the Web Storage API the store uses, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> & Partial<Pick<Storage, 'key' | 'length'>>;

export type { LockManagerLike };

export type StorageNotice =
  | { kind: 'blocked' } // storage cannot even be read (turned off, or blocked in this window): memory only
  | { kind: 'full' } // storage is full: what was saved is shown, new work is kept in memory
  | { kind: 'unavailable' } // storage stopped taking writes for another reason: as above
  /** Saved progress could not all be read; a verified copy of the original is kept under `backupKey`. */
  | { kind: 'recovered'; backupKey: string; lost: number | 'all' }
  /** As above, but no copy could be made, so the original is left untouched and nothing is saved over it. */
  | { kind: 'untouched'; lost: number | 'all' }
  | { kind: 'newer-version' }; // saved by a newer Alongside: left untouched, memory only

/** What a tab holds to export: progress it can read, or a newer version's text kept as it was. */
export type Snapshot = { progress: Progress } | { newerVersionText: string };

export type ClearResult =
  | 'cleared' // removed from this device, and checked
  | 'memory-only' // storage is blocked, so nothing was ever saved; this tab's copy was cleared
  | 'failed'; // the browser refused to remove it: it is still on this device

export type RestoreResult = { ok: true; items: number } | { ok: false };

export interface ProgressStore {
  get(): Progress;
  /** Applies a change at once in this tab, then saves it on top of the newest saved state. Never throws. */
  update(change: (progress: Progress) => Progress): void;
  /** Replaces everything (used by import). */
  replace(next: Progress): void;
  clear(): Promise<ClearResult>;
  /** Resolves once every change made so far has been written (or kept in memory if it cannot be). */
  flush(): Promise<void>;
  snapshot(): Snapshot;
  /** The unreadable original still in storage, when no backup of it could be made (to download). */
  untouchedOriginal(): string | undefined;
  backups(): Backup[];
  /** Merges what can be read from a backup into current progress. */
  restoreBackup(key: string): Promise<RestoreResult>;
  removeBackup(key: string): boolean;
  /** Moves to another shelf (shared-computer mode switched in any tab), carrying this tab's progress along. */
  moveTo(storage: StorageLike | undefined, shared?: boolean): void;
  subscribe(listener: () => void): () => void;
  notice(): StorageNotice | undefined;
  /** True while changes are being written to storage. */
  persistent(): boolean;
  dispose(): void;
}

export interface StoreOptions {
  storage: StorageLike | undefined;
  /** Where `storage` and `pagehide` events arrive (window in a browser). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  /** navigator.locks where the browser has it. */
  locks?: LockManagerLike | undefined;
  /**
   * False for a shelf only this tab can see (sessionStorage, in shared-computer mode): nothing to share,
   * so no lock is taken and no other tab's write is waited for. True (the default) for localStorage.
   */
  shared?: boolean;
  now?: () => Date;
  key?: string;
}

type Change = (progress: Progress) => Progress;

/** How long a tab keeps the lock after writing, so the write reaches every other tab's storage cache first. */
const SETTLE_MS = 30;

/** The latest moment an ISO timestamp can name with a four-digit year. */
const LAST_TIME = Date.parse('9999-12-31T23:59:59.999Z');

export function createProgressStore({
  storage: initial,
  events,
  locks,
  shared: sharedAtStart = true,
  now = () => new Date(),
  key = PROGRESS_KEY,
}: StoreOptions): ProgressStore {
  const listeners = new Set<() => void>();
  let storage = initial;
  let notice: StorageNotice | undefined;
  let persistent = false;
  /** The last state known to be saved (or, when not persisting, this tab's state without pending changes). */
  let saved = emptyProgress();
  /** Changes shown in this tab but not yet written. */
  let pending: Change[] = [];
  let current = saved;
  let newerVersionText: string | undefined;
  /** The original text, when it could not be read and no copy could be made (so it is still in place). */
  let untouchedText: string | undefined;
  let queue: Promise<void> = Promise.resolve();
  const marks = createWriteMarks(locks);
  let shared = sharedAtStart;
  /** The lock manager, when the shelf is shared with other tabs. */
  const tabLocks = () => (shared ? locks : undefined);

  const notify = () => listeners.forEach((listener) => listener());
  const recompute = () => {
    current = pending.reduce(applySafely, saved);
  };

  function applySafely(progress: Progress, change: Change): Progress {
    try {
      const next = change(progress);
      return progressSchema.safeParse(next).success ? next : progress; // never keep a shape the next read would reject
    } catch {
      return progress;
    }
  }

  /** A timestamp later than `previous` (even if the clock went backwards), but never past year 9999. */
  function stamp(previous: string): string {
    const time = Math.max(now().getTime(), Date.parse(previous) + 1);
    return new Date(time <= LAST_TIME ? time : now().getTime()).toISOString();
  }

  /** Takes in what the shelf holds. Returns the state to build on, or undefined when nothing may be written. */
  function adopt(reading: Reading): Progress | undefined {
    switch (reading.kind) {
      case 'blocked':
        stopPersisting({ kind: 'blocked' });
        return undefined;
      case 'empty':
        return emptyProgress();
      case 'ok':
        return reading.progress;
      case 'newer':
        newerVersionText = reading.raw;
        stopPersisting({ kind: 'newer-version' });
        return undefined;
      case 'damaged': {
        const lost = reading.lost === 'all' ? 'all' : reading.lost.length;
        const backupKey = keepBackup(storage as ListableStorage, reading.raw, now());
        if (!backupKey) {
          // Without a verified copy, writing would destroy the original: show what could be read, save nothing.
          saved = reading.progress;
          untouchedText = reading.raw;
          stopPersisting({ kind: 'untouched', lost });
          return undefined;
        }
        notice = { kind: 'recovered', backupKey, lost };
        return reading.progress;
      }
    }
  }

  function stopPersisting(reason: StorageNotice) {
    persistent = false;
    notice = reason;
  }

  /** Writes `next`; false (with the reason noted) if storage refused. */
  function write(next: Progress): boolean {
    try {
      storage!.setItem(key, JSON.stringify(next));
      return true;
    } catch (error) {
      stopPersisting(isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' });
      return false;
    }
  }

  /** Writes every pending change, each on top of the newest saved state. Runs inside the lock. */
  async function drain() {
    // With locks, first make sure this tab's storage shows the newest write of any tab (write-marks.ts).
    // Without them there is no await here, so the whole drain runs in one synchronous step.
    let first: Reading | undefined = tabLocks() ? await readWhenCaughtUp(() => readShelf(storage, key), await marks.newest()) : undefined;
    let written: string | undefined;
    while (pending.length && persistent) {
      const base = adopt(first ?? readShelf(storage, key));
      first = undefined;
      if (!base) break;
      const change = pending[0]!;
      const next = applySafely(base, change);
      const stamped = { ...next, updatedAt: stamp(base.updatedAt) };
      if (!write(stamped)) {
        saved = base;
        break;
      }
      saved = stamped;
      written = stamped.updatedAt;
      pending.shift();
    }
    if (written && tabLocks()) marks.mark(written, 'written');
    if (!persistent) {
      // From here on this tab keeps its progress in memory: fold the unsaved changes in.
      saved = pending.reduce(applySafely, saved);
      pending = [];
    }
    recompute();
    notify();
  }

  /** Runs `work` while holding the cross-tab lock, after any work queued before it in this tab. */
  function enqueue<T>(work: () => T): Promise<T> {
    // Without locks there is nothing to wait for: do it now, in one synchronous step.
    const lockManager = tabLocks();
    if (!lockManager) return Promise.resolve(work());
    let ran = false;
    const run = async () => {
      ran = true;
      const value = work();
      // Each tab reads storage through its own cache, which hears of another tab's write a moment later
      // (Chromium sends it between processes). Holding the lock that moment longer means the next tab
      // to take it reads what was just written.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      return value;
    };
    const result = queue.then(() =>
      lockManager.request(PROGRESS_LOCK, run).then(
        (value) => value as T,
        // If the lock itself cannot be had (a sandboxed frame, say), doing the work unlocked beats losing it.
        (error: unknown) => {
          if (ran) throw error;
          return work();
        },
      ),
    );
    queue = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  /** (Re)opens the shelf: reads what it holds, learns whether it takes writes, and says what it found. */
  function open() {
    notice = undefined;
    newerVersionText = undefined;
    untouchedText = undefined;
    pending = [];
    saved = emptyProgress();
    const reading = readShelf(storage, key);
    const refusal = reading.kind === 'blocked' ? undefined : writeRefusal(storage!);
    persistent = reading.kind !== 'blocked' && !refusal;
    const base = adopt(reading);
    if (base) saved = base;
    notice ??= refusal;
    if (reading.kind === 'damaged' && persistent) {
      // The original is safely copied: write what could be read over it, so the next visit reads cleanly.
      void enqueue(() => {
        const base = adopt(readShelf(storage, key));
        if (base && persistent && write(base)) saved = base;
        recompute();
      });
    }
    recompute();
  }

  function update(change: Change) {
    pending.push(change);
    recompute();
    if (!persistent) {
      saved = current;
      pending = [];
    } else if (tabLocks()) {
      notify(); // show the change now; drain tells listeners again once it is saved
    }
    if (persistent) void enqueue(drain);
    else notify();
  }

  open();

  const onStorage = (event: Event) => {
    const { key: changed } = event as StorageEvent;
    if (changed !== key && changed !== null) return;
    const reading = readShelf(storage, key);
    if (reading.kind === 'blocked') return;
    if (reading.kind === 'empty')
      saved = emptyProgress(); // cleared in another tab
    else if (reading.kind === 'ok') saved = reading.progress;
    else if (persistent) {
      const base = adopt(reading);
      if (base) saved = base;
    }
    recompute();
    notify();
  };
  events?.addEventListener('storage', onStorage);

  /**
   * The page is going away with changes still waiting their turn for the lock (a Save pressed just
   * before following a link): write them now, in one synchronous step, rather than lose them. A tab
   * holding the lock at this moment reads storage before it writes, so it keeps these too.
   */
  const onPageHide = () => {
    if (!pending.length || !persistent || !storage) return;
    const base = adopt(readShelf(storage, key));
    if (!base) return;
    const stamped = { ...pending.reduce(applySafely, base), updatedAt: stamp(base.updatedAt) };
    if (!write(stamped)) return;
    pending = [];
    saved = stamped;
    recompute();
  };
  events?.addEventListener('pagehide', onPageHide);

  return {
    get: () => current,
    update,
    replace: (next) => update(() => next),
    async clear() {
      // Forget this tab's copy at once, so nothing (a shelf move, say) can carry it anywhere meanwhile.
      pending = [];
      saved = emptyProgress();
      recompute();
      const result = await enqueue((): ClearResult => {
        pending = [];
        saved = emptyProgress();
        newerVersionText = undefined;
        if (!storage || readShelf(storage, key).kind === 'blocked') return 'memory-only';
        try {
          storage.removeItem(key);
          listBackups(storage as ListableStorage).forEach((backup) => removeBackup(storage as ListableStorage, backup.key));
          if (storage.getItem(key) !== null) return 'failed';
        } catch {
          return 'failed';
        }
        if (tabLocks()) marks.mark(now().toISOString(), 'cleared');
        return 'cleared';
      });
      if (result === 'cleared')
        open(); // storage may take writes again (a newer version's data is gone)
      else {
        if (result === 'memory-only') notice = { kind: 'blocked' };
        recompute();
      }
      notify();
      return result;
    },
    flush: () => enqueue(() => undefined),
    snapshot: () => (newerVersionText !== undefined ? { newerVersionText } : { progress: current }),
    untouchedOriginal: () => untouchedText,
    backups: () => listBackups(storage as ListableStorage | undefined),
    async restoreBackup(backupKey) {
      const backup = listBackups(storage as ListableStorage | undefined).find((candidate) => candidate.key === backupKey);
      const reading = backup && interpret(backup.raw);
      if (!reading || reading.kind === 'newer') return { ok: false };
      const items = countItems(reading.progress);
      if (items === 0) return { ok: false };
      update((progress) => mergeProgress(progress, reading.progress));
      await enqueue(() => undefined);
      return { ok: true, items };
    },
    removeBackup(backupKey) {
      const removed = !!storage && removeBackup(storage as ListableStorage, backupKey);
      notify();
      return removed;
    },
    moveTo(next, sharedShelf = true) {
      const carried = current;
      storage = next;
      shared = sharedShelf;
      pending = [];
      open();
      if (countItems(carried) > 0) update((progress) => mergeProgress(progress, carried));
      notify();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notice: () => notice,
    persistent: () => persistent,
    dispose: () => {
      events?.removeEventListener('storage', onStorage);
      events?.removeEventListener('pagehide', onPageHide);
    },
  };
}

/** How many items (module visits, quizzes, role-plays, saved resources) a progress holds. */
export function countItems(progress: Progress): number {
  const { modules, quizzes, roleplays, resources } = progress;
  return [modules, quizzes, roleplays, resources].reduce((sum, record) => sum + Object.keys(record).length, 0);
}

/** Why a readable storage refuses writes (full, or something else), or undefined if it takes them. */
function writeRefusal(storage: StorageLike): StorageNotice | undefined {
  try {
    storage.setItem(PROBE_KEY, '1');
    storage.removeItem(PROBE_KEY);
    return undefined;
  } catch (error) {
    return isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' };
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}
