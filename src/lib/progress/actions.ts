/**
 * The changes a learner's actions make to progress, as pure functions: Progress in, Progress out.
 * Islands call these through the store (`store.update((p) => recordAnswer(p, …))`).
 */
import { bestOutcome } from './merge';
import type { Outcome, Progress, QuizProgress, RoleplayProgress } from './shape';

const emptyQuiz = (): QuizProgress => ({ answers: {} });
const emptyRoleplay = (): RoleplayProgress => ({ attempts: 0, skillsUsed: [] });

export function markVisited(progress: Progress, moduleId: string, at: string): Progress {
  if (progress.modules[moduleId]) return progress;
  return { ...progress, modules: { ...progress.modules, [moduleId]: { visitedAt: at } } };
}

export function recordAnswer(
  progress: Progress,
  quizId: string,
  questionId: string,
  selected: string[],
  correct: boolean,
  at: string,
): Progress {
  const quiz = progress.quizzes[quizId] ?? emptyQuiz();
  return {
    ...progress,
    quizzes: {
      ...progress.quizzes,
      [quizId]: { ...quiz, answers: { ...quiz.answers, [questionId]: { selected, correct, answeredAt: at } } },
    },
  };
}

export function clearAnswer(progress: Progress, quizId: string, questionId: string): Progress {
  const quiz = progress.quizzes[quizId];
  if (!quiz?.answers[questionId]) return progress;
  const { [questionId]: _removed, ...answers } = quiz.answers;
  return { ...progress, quizzes: { ...progress.quizzes, [quizId]: { ...quiz, answers } } };
}

/** Records a finished quiz's score; the best score and first completion date are kept. */
export function recordQuizScore(progress: Progress, quizId: string, fraction: number, at: string): Progress {
  const quiz = progress.quizzes[quizId] ?? emptyQuiz();
  const next: QuizProgress = {
    ...quiz,
    lastScore: fraction,
    bestScore: Math.max(fraction, quiz.bestScore ?? 0),
    completedAt: quiz.completedAt ?? at,
  };
  return { ...progress, quizzes: { ...progress.quizzes, [quizId]: next } };
}

/** Starts a quiz over: answers go, best score and completion date stay. */
export function resetQuizAnswers(progress: Progress, quizId: string): Progress {
  const quiz = progress.quizzes[quizId];
  if (!quiz) return progress;
  return { ...progress, quizzes: { ...progress.quizzes, [quizId]: { ...quiz, answers: {} } } };
}

/** Saves where a learner is in a role-play, so a half-finished one resumes after a reload. */
export function saveRoleplayPosition(
  progress: Progress,
  roleplayId: string,
  steps: { node: string; choice: string }[],
  at: string,
): Progress {
  const roleplay = progress.roleplays[roleplayId] ?? emptyRoleplay();
  const { current: _previous, ...rest } = roleplay;
  const next: RoleplayProgress = steps.length ? { ...rest, current: { steps, updatedAt: at } } : rest;
  return { ...progress, roleplays: { ...progress.roleplays, [roleplayId]: next } };
}

/** Records a finished role-play: one more attempt, the best outcome so far, and the skills used. */
export function recordRoleplayEnding(
  progress: Progress,
  roleplayId: string,
  ending: string,
  outcome: Outcome,
  skills: readonly string[],
  at: string,
): Progress {
  const roleplay = progress.roleplays[roleplayId] ?? emptyRoleplay();
  const best = bestOutcome(roleplay.bestOutcome, outcome);
  const next: RoleplayProgress = {
    ...roleplay,
    attempts: roleplay.attempts + 1,
    lastEnding: ending,
    skillsUsed: [...new Set([...roleplay.skillsUsed, ...skills])],
    completedAt: roleplay.completedAt ?? at,
    ...(best ? { bestOutcome: best } : {}),
  };
  return { ...progress, roleplays: { ...progress.roleplays, [roleplayId]: next } };
}

/** One decision in a finished attempt: the kind of reply chosen, and the kind the recommended reply showed. */
export interface ReplyKind {
  chosen: string;
  fitted: string;
}

/**
 * Adds a finished attempt's decisions to the role-play's reply counts (`replies` in shape.ts), so the
 * practice pattern survives after the path itself is replaced by the next attempt.
 */
export function recordReplies(progress: Progress, roleplayId: string, decisions: readonly ReplyKind[]): Progress {
  if (!decisions.length) return progress;
  const roleplay = progress.roleplays[roleplayId] ?? emptyRoleplay();
  const replies: Record<string, Record<string, number>> = { ...roleplay.replies };
  for (const { chosen, fitted } of decisions) {
    const row = { ...replies[chosen] };
    row[fitted] = (row[fitted] ?? 0) + 1;
    replies[chosen] = row;
  }
  return { ...progress, roleplays: { ...progress.roleplays, [roleplayId]: { ...roleplay, replies } } };
}

export { toggleSavedResource } from './saved-resources';

/** The trainer's "facilitator view" switch, remembered on this device. */
export function setFacilitatorView(progress: Progress, on: boolean): Progress {
  return { ...progress, settings: { ...progress.settings, facilitatorView: on } };
}
