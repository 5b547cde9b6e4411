/** Reads the progress shelf and says what it found: nothing, progress, damaged progress, a newer version, or no access. */
import { migrate, versionOf } from './migrations';
import { salvageProgress } from './salvage';
import { CURRENT_VERSION, emptyProgress, type Progress } from './shape';
import type { StorageLike } from './store';

export type Reading =
  | { kind: 'blocked' } // the browser refused to read storage at all
  | { kind: 'empty' }
  | { kind: 'ok'; progress: Progress }
  /** Some or all of it could not be read: `progress` holds what could; `raw` is the original text. */
  | { kind: 'damaged'; progress: Progress; lost: string[] | 'all'; raw: string }
  | { kind: 'newer'; raw: string }; // saved by a newer Alongside: never overwritten or downgraded

export function readShelf(storage: StorageLike | undefined, key: string): Reading {
  let raw: string | null;
  try {
    if (!storage) return { kind: 'blocked' };
    raw = storage.getItem(key);
  } catch {
    return { kind: 'blocked' };
  }
  return raw === null ? { kind: 'empty' } : interpret(raw);
}

/** What a saved text holds (also used for backups). */
export function interpret(raw: string): Exclude<Reading, { kind: 'blocked' | 'empty' }> {
  const unreadable = { kind: 'damaged', progress: emptyProgress(), lost: 'all', raw } as const;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return unreadable;
  }
  if (versionOf(parsed) > CURRENT_VERSION) return { kind: 'newer', raw };
  let salvaged;
  try {
    salvaged = salvageProgress(migrate(parsed));
  } catch {
    return unreadable; // an older version whose migration could not read it
  }
  if (!salvaged) return unreadable;
  return salvaged.lost.length
    ? { kind: 'damaged', progress: salvaged.progress, lost: salvaged.lost, raw }
    : { kind: 'ok', progress: salvaged.progress };
}
