/**
 * What completes a module, in one place: every quiz in it passed (best score at or above its pass
 * mark) and every role-play in it played through to an ending at least once.
 *
 * Any ending counts, "missed" included. A role-play is practice: a learner who took the advice-giving
 * path and read the debrief on why it went badly has done the exercise, often learning more than
 * from a first-time strong ending. Asking for a strong ending would invite clicking through to the
 * recommended path for the check mark, and would make completion a test of the script rather than
 * of the learner. The quiz is the check of understanding, so the quiz is what has a pass mark.
 *
 * A module with no exercises is never completed: visiting it is all a learner can do there.
 */
import type { ModuleStatus } from './status';

export type RequirementKind = 'quiz' | 'roleplay';

/** One thing a module asks for, and whether this device has it. */
export interface Requirement {
  kind: RequirementKind;
  id: string;
  title: string;
  done: boolean;
}

export const quizCounts = (quiz: { passed: boolean }): boolean => quiz.passed;
export const roleplayCounts = (roleplay: { attempts: number }): boolean => roleplay.attempts > 0;

/** The module's requirements in page order: its role-plays come before its quiz in every module. */
export function requirements(status: Pick<ModuleStatus, 'quizzes' | 'roleplays'>): Requirement[] {
  return [
    ...status.roleplays.map((roleplay) => ({
      kind: 'roleplay' as const,
      id: roleplay.id,
      title: roleplay.title,
      done: roleplayCounts(roleplay),
    })),
    ...status.quizzes.map((quiz) => ({ kind: 'quiz' as const, id: quiz.id, title: quiz.title, done: quizCounts(quiz) })),
  ];
}

/** True when there is something to do and all of it is done. */
export function allDone(list: readonly Requirement[]): boolean {
  return list.length > 0 && list.every((requirement) => requirement.done);
}
