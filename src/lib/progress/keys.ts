// Every storage key Alongside uses, in one place.

// Offline

/**
 * sessionStorage, so this tab only: "1" after "forget everything", so the footer of every page in this
 * tab does not install the offline copy again until the person chooses to. Nothing else may remember
 * it (a forgotten device must look like a new one). The base path is part of the key because two
 * Alongside sites on one origin share sessionStorage and are forgotten separately.
 */
export const offlinePausedKey = (base: string): string => `alongside:offline-paused:${base}`;

// Shared computer

/**
 * localStorage: "1" when progress is kept for the session only. Here, not in device.ts, because the
 * footer on every page reads it, and device.ts would bring the progress schema (zod) with it.
 */
export const SESSION_ONLY_KEY = 'alongside:session-only';
