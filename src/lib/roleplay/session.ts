/**
 * A learner's role-play, as kept in their progress: where they are, and when reaching an ending
 * counts as one more attempt (only when a new choice gets there, not when stepping back or reloading).
 */
import { recordReplies, recordRoleplayEnding, saveRoleplayPosition } from '../progress/actions';
import type { Progress } from '../progress/shape';
import { replay, type PlayScript, type PlayState, type Step } from './engine';
import { replyKinds } from './pattern';

export interface LearnerMove {
  /** The steps to save. */
  steps: Step[];
  /** The state they lead to (what the learner now sees). */
  state: PlayState;
  /** True when this move reached an ending by a new choice: one more attempt. */
  endsAttempt: boolean;
}

/** A move from `previous` steps to `next` ones: a choice, a step back or a restart. */
export function learnerMove(script: PlayScript, previous: readonly Step[], next: Step[]): LearnerMove {
  const state = replay(script, next);
  return { steps: next, state, endsAttempt: state.ending !== undefined && next.length > previous.length };
}

/** Saves the learner's position after a move, and the attempt (and its kinds of reply) when the move ended the role-play. */
export function saveLearnerMove(progress: Progress, roleplayId: string, move: LearnerMove, at: string): Progress {
  const saved = saveRoleplayPosition(progress, roleplayId, move.steps, at);
  const ending = move.endsAttempt ? move.state.ending : undefined;
  if (!ending) return saved;
  const ended = recordRoleplayEnding(saved, roleplayId, ending.id, ending.outcome, move.state.skillsUsed, at);
  // The path is replaced by the next attempt, so its kinds of reply are counted now (the practice pattern).
  return recordReplies(ended, roleplayId, replyKinds(move.state));
}
