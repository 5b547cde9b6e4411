/**
 * Copies of saved progress that could not be read in full. A copy is made, and read back to check
 * it, before the original is ever written over; the newest three are kept, so a second fault never
 * overwrites the copy of the first. The learner can download, restore from or delete each one on
 * My progress.
 */
import { BACKUP_PREFIX } from './keys';

/** Storage that can also list its keys (the backups are found by their prefix). */
export type ListableStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

export const MAX_BACKUPS = 3;

export interface Backup {
  key: string;
  /** When the copy was made (ISO), from its key. */
  savedAt: string;
  raw: string;
}

/** Every backup on this shelf, newest first; none if storage cannot be listed. */
export function listBackups(storage: ListableStorage | undefined): Backup[] {
  if (!storage) return [];
  try {
    const keys = Array.from({ length: storage.length }, (_, index) => storage.key(index)).filter(
      (key): key is string => !!key?.startsWith(BACKUP_PREFIX),
    );
    return keys
      .map((key) => ({ key, savedAt: key.slice(BACKUP_PREFIX.length), raw: storage.getItem(key) ?? '' }))
      .sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1));
  } catch {
    return [];
  }
}

/**
 * Keeps a verified copy of `raw` and returns its key, or undefined if the copy could not be made
 * (no room, storage refused, or it did not read back the same). A copy that already exists is reused.
 */
export function keepBackup(storage: ListableStorage, raw: string, at: Date): string | undefined {
  const existing = listBackups(storage);
  const same = existing.find((backup) => backup.raw === raw);
  if (same) return same.key;
  const key = `${BACKUP_PREFIX}${uniqueTime(at, existing)}`;
  try {
    storage.setItem(key, raw);
    if (storage.getItem(key) !== raw) throw new Error('the copy did not read back the same');
  } catch {
    removeBackup(storage, key);
    return undefined;
  }
  // Only now that the new copy is safe do the oldest ones make way.
  existing.slice(MAX_BACKUPS - 1).forEach((old) => removeBackup(storage, old.key));
  return key;
}

export function removeBackup(storage: ListableStorage, key: string): boolean {
  if (!key.startsWith(BACKUP_PREFIX)) return false;
  try {
    storage.removeItem(key);
    return storage.getItem(key) === null;
  } catch {
    return false;
  }
}

/** An ISO time for the key, a millisecond later than any existing copy's if two come in the same instant. */
function uniqueTime(at: Date, existing: Backup[]): string {
  let time = at.getTime();
  const taken = new Set(existing.map((backup) => backup.savedAt));
  while (taken.has(new Date(time).toISOString())) time += 1;
  return new Date(time).toISOString();
}
