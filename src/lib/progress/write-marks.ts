/**
 * Why this exists: each tab reads localStorage through its own copy, which hears of another tab's write
 * a moment after it happens (Chromium passes writes between processes), and under heavy load the
 * cross-tab lock can reach the next tab before the write does. Lock state, unlike storage, is kept by
 * the browser itself. So a tab that writes also holds a small lock named after its write's stamp
 * ("alongside:progress:written:<updatedAt>") for as long as it lives, and the next tab to take the
 * progress lock asks the browser for the newest mark and waits, briefly, until its own storage shows it.
 */
import { PROGRESS_LOCK } from './keys';
import type { Reading } from './reading';

export interface LockManagerLike {
  request(name: string, callback: () => unknown): Promise<unknown>;
  /** Which locks are held (navigator.locks.query); without it, marks are not read and nothing waits. */
  query?(): Promise<{ held?: { name?: string }[] }>;
}

const MARK = `${PROGRESS_LOCK}:`;
export interface Mark {
  stamp: string;
  /** A clear: storage that is now empty, or newer than the stamp, has caught up with it. */
  cleared: boolean;
}

export function createWriteMarks(locks: LockManagerLike | undefined) {
  let release: (() => void) | undefined;
  return {
    /** Holds a mark for this tab's latest write (or clear), letting go of its previous one. */
    mark(stamp: string, kind: 'written' | 'cleared'): void {
      if (!locks) return;
      const previous = release;
      void locks.request(`${MARK}${kind}:${stamp}`, () => new Promise<void>((resolve) => (release = resolve))).catch(() => undefined);
      previous?.();
    },
    /** The newest mark any open tab holds, or undefined if none (or the browser cannot say). */
    async newest(): Promise<Mark | undefined> {
      const held = await locks?.query?.().catch(() => undefined);
      let newest: Mark | undefined;
      for (const { name } of held?.held ?? []) {
        const match = name?.startsWith(MARK) ? /^(written|cleared):(.+)$/.exec(name.slice(MARK.length)) : null;
        if (match && (!newest || match[2]! > newest.stamp)) newest = { stamp: match[2]!, cleared: match[1] === 'cleared' };
      }
      return newest;
    },
  };
}

/** True when what this tab reads already includes the newest mark. */
export function hasCaughtUp(reading: Reading, mark: Mark | undefined): boolean {
  if (!mark || reading.kind === 'blocked' || reading.kind === 'newer') return true;
  if (reading.kind === 'empty') return mark.cleared;
  return reading.progress.updatedAt >= mark.stamp;
}

/** Reads until the newest mark shows, or `limitMs` passes (never waits for ever: a stale read beats a stuck page). */
export async function readWhenCaughtUp(read: () => Reading, mark: Mark | undefined, limitMs = 2_000, stepMs = 20): Promise<Reading> {
  let reading = read();
  for (let waited = 0; !hasCaughtUp(reading, mark) && waited < limitMs; waited += stepMs) {
    await new Promise((resolve) => setTimeout(resolve, stepMs));
    reading = read();
  }
  return reading;
}
