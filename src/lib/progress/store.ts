/**
 * The only code that touches browser storage. It keeps a learner's progress safe when storage is
 * corrupt, full, disabled or shared between tabs:
 * - every read is validated (shape.ts) and migrated (migrations.ts);
 * - a value it cannot read is copied to a backup key before starting clean, and the person is told;
 * - when storage is missing or full it keeps working in memory and says progress will not be kept;
 * - a value saved by a newer version of Alongside is never overwritten or downgraded;
 * - each change is applied to the newest saved state (read, change, write), so an older tab never
 *   overwrites what a newer tab saved, and other tabs follow along through the `storage` event.
 */
import { migrate, versionOf } from './migrations';
import { CURRENT_VERSION, STORAGE_KEY, emptyProgress, progressSchema, type Progress } from './shape';

/** The parts of the Web Storage API the store uses, so tests can pass a fake. */
export type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export type StorageNotice =
  | { kind: 'recovered'; backupKey: string | undefined } // saved progress was unreadable; a copy was kept
  | { kind: 'unavailable' } // storage is disabled (private mode, browser settings): memory only
  | { kind: 'full' } // storage is full: memory only from now on
  | { kind: 'newer-version' }; // saved by a newer Alongside: left untouched, memory only

export interface ProgressStore {
  get(): Progress;
  update(change: (progress: Progress) => Progress): void;
  /** Replaces everything (used by import and clear). */
  replace(next: Progress): void;
  clear(): void;
  subscribe(listener: () => void): () => void;
  notice(): StorageNotice | undefined;
  /** True while changes are being written to storage. */
  persistent(): boolean;
  dispose(): void;
}

export interface StoreOptions {
  storage: StorageLike | undefined;
  /** Where `storage` events arrive (window in a browser). */
  events?: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>;
  now?: () => Date;
  key?: string;
}

type ReadResult = { progress?: Progress; problem?: 'corrupt' | 'newer'; raw?: string };

export const BACKUP_SUFFIX = ':unreadable-backup';

export function createProgressStore({ storage, events, now = () => new Date(), key = STORAGE_KEY }: StoreOptions): ProgressStore {
  const listeners = new Set<() => void>();
  let notice: StorageNotice | undefined;
  let persistent = storage !== undefined && canWrite(storage, key);
  if (!persistent) notice = { kind: 'unavailable' };
  let current = emptyProgress();

  function read(): ReadResult {
    let raw: string | null;
    try {
      raw = storage!.getItem(key);
    } catch {
      return {};
    }
    if (raw === null) return {};
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return { problem: 'corrupt', raw };
    }
    if (versionOf(parsed) > CURRENT_VERSION) return { problem: 'newer', raw };
    try {
      const result = progressSchema.safeParse(migrate(parsed));
      return result.success ? { progress: result.data } : { problem: 'corrupt', raw };
    } catch {
      return { problem: 'corrupt', raw };
    }
  }

  function stopPersisting(reason: StorageNotice) {
    persistent = false;
    notice = reason;
  }

  function adopt(result: ReadResult): boolean {
    if (result.problem === 'newer') {
      stopPersisting({ kind: 'newer-version' });
      return true;
    }
    if (result.problem === 'corrupt') {
      let backupKey: string | undefined = `${key}${BACKUP_SUFFIX}`;
      try {
        storage!.setItem(backupKey, result.raw!);
      } catch {
        backupKey = undefined; // no room even for the copy; the original stays until the next save
      }
      notice = { kind: 'recovered', backupKey };
      current = emptyProgress();
      return true;
    }
    if (result.progress && result.progress.updatedAt > current.updatedAt) {
      current = result.progress;
      return true;
    }
    return false;
  }

  function write(next: Progress) {
    current = progressSchema.parse(next); // never save a shape the next read would reject
    if (persistent) {
      try {
        storage!.setItem(key, JSON.stringify(current));
      } catch (error) {
        stopPersisting(isQuotaError(error) ? { kind: 'full' } : { kind: 'unavailable' });
      }
    }
    listeners.forEach((listener) => listener());
  }

  /** A timestamp later than anything saved so far, even if the clock went backwards. */
  function stamp(): string {
    const time = Math.max(now().getTime(), Date.parse(current.updatedAt) + 1);
    return new Date(time).toISOString();
  }

  if (persistent) adopt(read());

  const onStorage = (event: Event) => {
    const { key: changed } = event as StorageEvent;
    if (!persistent || (changed !== key && changed !== null)) return;
    const result = read();
    if (!result.progress && !result.problem)
      current = emptyProgress(); // cleared in another tab
    else if (!adopt(result)) return;
    listeners.forEach((listener) => listener());
  };
  events?.addEventListener('storage', onStorage);

  return {
    get: () => current,
    update(change) {
      if (persistent) adopt(read()); // apply the change to the newest saved state
      write({ ...change(current), updatedAt: stamp() });
    },
    replace(next) {
      write({ ...next, updatedAt: stamp() });
    },
    clear() {
      if (persistent) {
        try {
          storage!.removeItem(key);
          storage!.removeItem(`${key}${BACKUP_SUFFIX}`);
        } catch {
          // storage vanished; the memory copy is cleared below all the same
        }
      }
      current = emptyProgress();
      if (notice?.kind === 'recovered') notice = undefined;
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    notice: () => notice,
    persistent: () => persistent,
    dispose: () => events?.removeEventListener('storage', onStorage),
  };
}

function canWrite(storage: StorageLike, key: string): boolean {
  try {
    storage.setItem(`${key}:probe`, '1');
    storage.removeItem(`${key}:probe`);
    return true;
  } catch {
    return false;
  }
}

function isQuotaError(error: unknown): boolean {
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}
