/**
 * Every storage key Alongside uses, in one place, so "forget everything" and a reader of the code can
 * see the whole footprint at a glance. All keys start with `alongside:` (forgetting removes that prefix).
 * This file imports nothing at run time: the footer on every page reads it without pulling in the progress schema.
 *
 * localStorage (the device shelf, kept until cleared):
 *   alongside:progress                      the learner's progress (shape.ts)
 *   alongside:progress:backup:<ISO time>    copies of progress that could not be read, newest three kept
 *   alongside:session-only                  "1" when shared-computer mode is on
 *   alongside:probe                         written and removed at once, to learn whether storage takes writes
 *   alongside:forget-signal                 written and removed at once: tells every other open tab to forget too
 *
 * sessionStorage (the tab shelf, gone when the tab closes):
 *   alongside:progress                      progress in shared-computer mode
 *   alongside:offline-paused:<base>         "1" after "forget everything" in this tab: no offline copy until chosen
 *   alongside:mode-changed                  "on"/"off" across the reload that follows a mode change
 *   alongside:room:v1:<kind>:<id>           a room-mode session (room-shelf.ts)
 */
import type { RoomKind } from '../room/catalogue';

export const PREFIX = 'alongside:';
export const PROGRESS_KEY = `${PREFIX}progress`;
export const BACKUP_PREFIX = `${PROGRESS_KEY}:backup:`;
export const SESSION_ONLY_KEY = `${PREFIX}session-only`;
export const PROBE_KEY = `${PREFIX}probe`;
export const MODE_CHANGED_KEY = `${PREFIX}mode-changed`;
export const FORGET_SIGNAL_KEY = `${PREFIX}forget-signal`;
/** The Web Locks name every tab takes before a read-change-write of progress. */
export const PROGRESS_LOCK = `${PREFIX}progress`;

/** One key per room activity; "v1" changes if the kept shape ever does (old sessions are then ignored). */
export function roomKey(kind: RoomKind, id: string): string {
  return `${PREFIX}room:v1:${kind}:${id}`;
}

/**
 * sessionStorage, so this tab only: "1" after "forget everything", so the footer of every page in this
 * tab does not install the offline copy again until the person chooses to. Nothing else may remember
 * it (a forgotten device must look like a new one). The base path is part of the key because two
 * Alongside sites on one origin share sessionStorage and are forgotten separately.
 */
export const offlinePausedKey = (base: string): string => `${PREFIX}offline-paused:${base}`;
