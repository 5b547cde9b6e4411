/**
 * The discussion timer's arithmetic. Time is passed in (milliseconds from any steady clock), so the
 * timer is tested without waiting, and a paused timer is just the time already used.
 */
export interface TimerState {
  /** How long the discussion may take. */
  durationMs: number;
  /** Time used before the current run (the sum of earlier runs). */
  usedMs: number;
  /** When the current run started, or null while paused or stopped. */
  startedAt: number | null;
}

/** Sensible defaults: two minutes to discuss a role-play decision, one for a quiz question. */
export const DEFAULT_SECONDS = { roleplay: 120, quiz: 60 } as const;
/** The trainer changes the length in steps of half a minute, between half a minute and 30 minutes. */
export const STEP_SECONDS = 30;
export const MIN_SECONDS = 30;
export const MAX_SECONDS = 30 * 60;

export function createTimer(seconds: number): TimerState {
  return { durationMs: clampSeconds(seconds) * 1000, usedMs: 0, startedAt: null };
}

export function isRunning(timer: TimerState): boolean {
  return timer.startedAt !== null;
}

export function usedMs(timer: TimerState, now: number): number {
  const running = timer.startedAt === null ? 0 : Math.max(0, now - timer.startedAt);
  return Math.min(timer.durationMs, timer.usedMs + running);
}

export function remainingMs(timer: TimerState, now: number): number {
  return timer.durationMs - usedMs(timer, now);
}

export function isTimeUp(timer: TimerState, now: number): boolean {
  return remainingMs(timer, now) <= 0;
}

/** Starts or resumes. A timer that has run out stays put until it is reset. */
export function startTimer(timer: TimerState, now: number): TimerState {
  if (isRunning(timer) || isTimeUp(timer, now)) return timer;
  return { ...timer, startedAt: now };
}

/** Pauses, keeping the time used so far. Also how a running timer is stopped once time is up. */
export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (!isRunning(timer)) return timer;
  return { ...timer, usedMs: usedMs(timer, now), startedAt: null };
}

/** Back to the full length, stopped. */
export function resetTimer(timer: TimerState): TimerState {
  return { ...timer, usedMs: 0, startedAt: null };
}

/** A longer or shorter length, in whole steps; time already used is kept, so a paused timer resumes sensibly. */
export function changeLength(timer: TimerState, deltaSeconds: number): TimerState {
  const seconds = clampSeconds(timer.durationMs / 1000 + deltaSeconds);
  return { ...timer, durationMs: seconds * 1000, usedMs: Math.min(timer.usedMs, seconds * 1000) };
}

/**
 * Whole minutes and seconds left, rounding up: a timer with 119.2 s left shows 2:00 until a full
 * second has gone, and reads 0:00 only when time is really up.
 */
export function clockParts(ms: number): { minutes: number; seconds: number } {
  const total = Math.max(0, Math.ceil(ms / 1000));
  return { minutes: Math.floor(total / 60), seconds: total % 60 };
}

/** "2:00", "0:05": minutes and seconds as text, the way a wall clock shows them. */
export function formatClock(ms: number): string {
  const { minutes, seconds } = clockParts(ms);
  return `${minutes}:${String(seconds).padStart(2, '0')}`;
}

function clampSeconds(seconds: number): number {
  const stepped = Math.round(seconds / STEP_SECONDS) * STEP_SECONDS;
  return Math.min(MAX_SECONDS, Math.max(MIN_SECONDS, stepped));
}
