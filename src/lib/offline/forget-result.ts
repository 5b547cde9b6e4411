/** What "forget everything" removed and what the browser refused, part by part (no strings here: device.ts imports it). */
import type { RemovalResult } from './offline-copy';

/** saved: progress, saved resources and settings in storage; offline: the offline copy and its worker. */
export type ForgetPart = 'saved' | 'offline';
export const FORGET_PARTS: readonly ForgetPart[] = ['saved', 'offline'];

export interface ForgetResult {
  removed: ForgetPart[];
  failed: ForgetPart[];
}

/** One result from each part's. A part the browser refused even in part counts as failed, not removed. */
export function forgetResult(parts: Record<ForgetPart, RemovalResult>): ForgetResult {
  return {
    removed: FORGET_PARTS.filter((part) => parts[part].removed && !parts[part].failed),
    failed: FORGET_PARTS.filter((part) => parts[part].failed),
  };
}
