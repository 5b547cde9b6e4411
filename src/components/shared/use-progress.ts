/**
 * React access to the progress store. On the server and during hydration it returns empty progress,
 * then switches to what this device has saved: no hydration mismatch, and storage is read only in the
 * browser after the island mounts.
 */
import { useSyncExternalStore } from 'react';
import { emptyProgress, progressStore, type Progress, type ProgressStore } from '../../lib/progress';

const serverProgress = emptyProgress();

export function useProgress(): Progress {
  return useSyncExternalStore(
    (listener) => progressStore().subscribe(listener),
    () => progressStore().get(),
    () => serverProgress,
  );
}

/** The store, for making changes. Call only from event handlers and effects (browser only). */
export function store(): ProgressStore {
  return progressStore();
}

/** Now, as an ISO timestamp, for progress records. */
export function nowIso(): string {
  return new Date().toISOString();
}
