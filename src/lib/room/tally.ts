/**
 * Vote tallies in room mode: how many people in the room backed each option. Counting is optional
 * (a trainer may only record the room's decision), so an option nobody counted simply has 0.
 * A tally is a plain object keyed by option id, so it serializes as-is.
 */
export type Tally = Readonly<Record<string, number>>;

/** The most votes one option can hold: more than any room, small enough that a held key cannot run away. */
export const MAX_VOTES = 999;

/** One more (+1) or one fewer (-1) vote for an option, never below 0 or above MAX_VOTES. */
export function adjustTally(tally: Tally, optionId: string, delta: number): Tally {
  const next = Math.min(MAX_VOTES, Math.max(0, (tally[optionId] ?? 0) + delta));
  return { ...tally, [optionId]: next };
}

export function votesFor(tally: Tally | undefined, optionId: string): number {
  return tally?.[optionId] ?? 0;
}

/** All votes counted for the given options (votes for options no longer offered are ignored). */
export function totalVotes(tally: Tally | undefined, optionIds: readonly string[]): number {
  return optionIds.reduce((sum, id) => sum + votesFor(tally, id), 0);
}

export interface TallyRow {
  optionId: string;
  /** The letter the room sees next to the option ("A", "B", …). */
  letter: string;
  votes: number;
  /** Share of the counted votes, 0 to 100, rounded; 0 when nothing was counted. */
  percent: number;
  /** True for the option(s) with the most votes, when any votes were counted. */
  leading: boolean;
}

/** One row per option, in the order the room saw them, for the debrief and the score page. */
export function tallyRows(tally: Tally | undefined, optionIds: readonly string[]): TallyRow[] {
  const total = totalVotes(tally, optionIds);
  const most = Math.max(0, ...optionIds.map((id) => votesFor(tally, id)));
  return optionIds.map((optionId, index) => {
    const votes = votesFor(tally, optionId);
    return {
      optionId,
      letter: optionLetter(index),
      votes,
      percent: total === 0 ? 0 : Math.round((votes / total) * 100),
      leading: total > 0 && votes === most,
    };
  });
}

/** "A", "B", … so a room can vote by letter. Options are capped at 8 by the schemas; this copes with more. */
export function optionLetter(index: number): string {
  return index < 26 ? String.fromCharCode(65 + index) : String(index + 1);
}
