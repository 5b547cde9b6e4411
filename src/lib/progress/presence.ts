/**
 * Whether this device holds anything the progress store has to read (issue #18). Pages without an
 * exercise ask this first, synchronously and without the store, and load the store (and its
 * validator) only when the answer is yes, so a first visit loads none of it. It is yes for saved
 * progress on the shelf in use, a backup of unreadable progress, and a storage the browser will not
 * even let us read (the store then keeps progress in memory and says so): anything that would make
 * the store's answer differ from a first visit's.
 */
import { BACKUP_PREFIX, PROGRESS_KEY, SESSION_ONLY_KEY } from './keys';
import type { StorageLike } from './store';

export function progressToRead(local: StorageLike | undefined, session: StorageLike | undefined): boolean {
  try {
    if (!local) return true;
    if (local.getItem(SESSION_ONLY_KEY) === '1') return !session || session.getItem(PROGRESS_KEY) !== null;
    if (local.getItem(PROGRESS_KEY) !== null) return true;
    for (let index = 0; index < (local.length ?? 0); index++) if (local.key?.(index)?.startsWith(BACKUP_PREFIX)) return true;
    return false;
  } catch {
    return true; // storage refused: the store's notice and memory-only keeping apply
  }
}
