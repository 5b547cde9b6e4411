/**
 * Combines two progress states item by item (used when importing with "merge"). For each module,
 * quiz answer and role-play, the newer record wins; counts and best results keep the best of both.
 */
import type { Outcome, Progress, QuizProgress, RoleplayProgress } from './shape';

const OUTCOME_RANK: Record<Outcome, number> = { missed: 0, mixed: 1, strong: 2 };

export function bestOutcome(a: Outcome | undefined, b: Outcome | undefined): Outcome | undefined {
  if (!a) return b;
  if (!b) return a;
  return OUTCOME_RANK[a] >= OUTCOME_RANK[b] ? a : b;
}

const later = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a >= b ? a : b);
const earlier = (a: string | undefined, b: string | undefined) => (!a ? b : !b ? a : a <= b ? a : b);
const max = (a: number | undefined, b: number | undefined) => (a === undefined ? b : b === undefined ? a : Math.max(a, b));

function mergeRecords<T>(a: Record<string, T>, b: Record<string, T>, combine: (x: T, y: T) => T): Record<string, T> {
  const merged: Record<string, T> = { ...a };
  for (const [key, value] of Object.entries(b)) merged[key] = key in merged ? combine(merged[key]!, value) : value;
  return merged;
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, field]) => field !== undefined)) as T;
}

function mergeQuiz(a: QuizProgress, b: QuizProgress): QuizProgress {
  return withoutUndefined({
    answers: mergeRecords(a.answers, b.answers, (x, y) => (x.answeredAt >= y.answeredAt ? x : y)),
    lastScore: (a.completedAt ?? '') >= (b.completedAt ?? '') ? a.lastScore : b.lastScore,
    bestScore: max(a.bestScore, b.bestScore),
    completedAt: earlier(a.completedAt, b.completedAt),
  });
}

/**
 * Reply counts from two devices: the larger count for each pair. Adding them would count twice the
 * attempts a file exported from this device and imported back already holds.
 */
function mergeReplies(a: RoleplayProgress['replies'], b: RoleplayProgress['replies']): RoleplayProgress['replies'] {
  if (!a || !b) return a ?? b;
  return mergeRecords(a, b, (x, y) => mergeRecords(x, y, Math.max));
}

function mergeRoleplay(a: RoleplayProgress, b: RoleplayProgress): RoleplayProgress {
  const newerCurrent = (a.current?.updatedAt ?? '') >= (b.current?.updatedAt ?? '') ? a.current : b.current;
  return withoutUndefined({
    attempts: Math.max(a.attempts, b.attempts),
    bestOutcome: bestOutcome(a.bestOutcome, b.bestOutcome),
    lastEnding: (a.completedAt ?? '') >= (b.completedAt ?? '') ? a.lastEnding : b.lastEnding,
    skillsUsed: [...new Set([...a.skillsUsed, ...b.skillsUsed])],
    completedAt: earlier(a.completedAt, b.completedAt),
    replies: mergeReplies(a.replies, b.replies),
    current: newerCurrent,
  });
}

export function mergeProgress(a: Progress, b: Progress): Progress {
  return {
    version: a.version,
    updatedAt: later(a.updatedAt, b.updatedAt)!,
    modules: mergeRecords(a.modules, b.modules, (x, y) => ({ visitedAt: earlier(x.visitedAt, y.visitedAt)! })),
    quizzes: mergeRecords(a.quizzes, b.quizzes, mergeQuiz),
    roleplays: mergeRecords(a.roleplays, b.roleplays, mergeRoleplay),
    resources: mergeRecords(a.resources, b.resources, (x, y) => (x.savedAt <= y.savedAt ? x : y)),
    settings: { ...a.settings, ...b.settings },
  };
}
