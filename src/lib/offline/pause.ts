/**
 * Whether a page installs the offline copy of the site. After "forget everything" the tab where it
 * happened pauses it for the rest of its life, remembered in that tab's sessionStorage only, so the
 * device itself keeps no trace; the footer then offers to keep a copy instead of installing one. A
 * shared computer ("session only") keeps no offline copy at all.
 */
import { offlinePausedKey, SESSION_ONLY_KEY } from '../progress/keys';
import type { StorageLike } from '../progress/store';
import { siteBase } from './names';

/**
 * register: install or update the copy; offer: ask before installing (this tab forgot everything);
 * ask: the browser asks sites to save data, so ask before downloading anything, unless a copy was
 * already kept (then it is kept up to date); remove: keep none.
 */
export type OfflineChoice = 'register' | 'offer' | 'ask' | 'remove';

export function offlineChoice({
  sessionOnly,
  paused,
  saveData = false,
}: {
  sessionOnly: boolean;
  paused: boolean;
  saveData?: boolean;
}): OfflineChoice {
  if (sessionOnly) return 'remove';
  if (paused) return 'offer';
  return saveData ? 'ask' : 'register';
}

/** Whether the browser asks sites to save data (Chromium's Save-Data, `navigator.connection.saveData`). */
export function wantsSaveData(navigatorLike: object): boolean {
  const connection = 'connection' in navigatorLike ? navigatorLike.connection : undefined;
  return typeof connection === 'object' && connection !== null && 'saveData' in connection && connection.saveData === true;
}

/**
 * Whether shared-computer mode is on: the same test as isSessionOnly in progress/device.ts, which the
 * footer cannot import without bringing the progress store and its validator onto every page.
 */
export function sharedComputerMode(local: StorageLike | undefined): boolean {
  try {
    return local?.getItem(SESSION_ONLY_KEY) === '1';
  } catch {
    return false;
  }
}

/** Pauses the offline copy in this tab. Returns false if the browser refused sessionStorage. */
export function pauseOffline(session: StorageLike | undefined, base: string): boolean {
  try {
    session?.setItem(offlinePausedKey(siteBase(base)), '1');
    return !!session;
  } catch {
    return false;
  }
}

/** The person chose to keep an offline copy again. */
export function resumeOffline(session: StorageLike | undefined, base: string): void {
  try {
    session?.removeItem(offlinePausedKey(siteBase(base)));
  } catch {
    // storage refused: the pause was never recorded either
  }
}

/**
 * Whether this tab paused the offline copy. Where the browser refused sessionStorage, so the pause
 * could not be recorded, the page right after forgetting (`?forgotten`) counts as paused: that page
 * at least must not install the copy again.
 */
export function isOfflinePaused(session: StorageLike | undefined, base: string, search: string): boolean {
  try {
    if (session) return session.getItem(offlinePausedKey(siteBase(base))) === '1';
  } catch {
    // refused: fall back to the address
  }
  return new URLSearchParams(search).has('forgotten');
}
