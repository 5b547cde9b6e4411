/**
 * What the page and the service worker say to each other about the offline copy (shared by both, so
 * they cannot drift apart), and how its size is written. The page asks over a MessageChannel; the
 * worker answers on the port it was given.
 */

import type { Language } from '../i18n/language';

/** Ask for the state; or ask to cache the rest of the course and remember the choice. */
export type OfflineRequest = { type: 'offline-state' } | { type: 'whole-course' };

export interface OfflineState {
  /** The person chose the whole course, and this build's copy holds it. */
  wholeCourse: boolean;
  /** Compressed bytes the whole course adds to the essentials (what choosing it downloads). */
  courseBytes: number;
  /** Set when caching the whole course failed (e.g. the connection dropped): nothing was remembered. */
  failed?: boolean;
}

/**
 * Sizes of the two parts for a person reading each edition, gzip-compressed as a host sends them,
 * computed at build: the essentials of that edition, and what the whole course adds to them.
 */
export interface PrecacheSizes {
  essentialBytes: Record<Language, number>;
  courseBytes: Record<Language, number>;
}

/** The key under which the choice is kept in the choice cache (any URL of the site's own). */
export function wholeCourseKey(base: string): string {
  return `${base}offline-choice/whole-course`;
}

export function isOfflineRequest(data: unknown): data is OfflineRequest {
  if (typeof data !== 'object' || data === null || !('type' in data)) return false;
  return data.type === 'offline-state' || data.type === 'whole-course';
}

/** A size as people read it: "850 KB", "1.6 MB" (decimal units, as phones show data use). */
export function formatSize(bytes: number): string {
  if (bytes < 1_000_000) return `${Math.max(1, Math.round(bytes / 1_000))} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}
