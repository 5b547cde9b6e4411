/**
 * What progress means for each module: not started, visited, in progress or completed, and what a
 * learner should do next. Worked out from saved records, never stored, so a content change (a new
 * quiz, a removed role-play) is reflected at once.
 */
import { allDone, requirements } from './completion';
import type { Outcome, Progress } from './shape';

/** What the progress page and home page need to know about each module. Built from the content at build time. */
export interface ModuleSummary {
  id: string;
  title: string;
  order: number;
  minutes: number;
  required: boolean;
  /** Each quiz with its questions' ids: answers saved for a question since removed do not count. */
  quizzes: { id: string; title: string; passMark: number; questionIds: readonly string[] }[];
  roleplays: { id: string; title: string }[];
}

export type ModuleState = 'not-started' | 'visited' | 'in-progress' | 'completed';

export interface ModuleStatus {
  state: ModuleState;
  quizzes: { id: string; title: string; answered: number; questions: number; bestScore: number | undefined; passed: boolean }[];
  roleplays: { id: string; title: string; attempts: number; bestOutcome: Outcome | undefined; inProgress: boolean }[];
  /** When the last exercise needed for completion was first finished. */
  completedAt: string | undefined;
}

export function moduleStatus(module: ModuleSummary, progress: Progress): ModuleStatus {
  const quizzes = module.quizzes.map((quiz) => {
    const saved = progress.quizzes[quiz.id];
    const bestScore = saved?.bestScore;
    return {
      id: quiz.id,
      title: quiz.title,
      answered: quiz.questionIds.filter((question) => saved?.answers[question] !== undefined).length,
      questions: quiz.questionIds.length,
      bestScore,
      passed: bestScore !== undefined && bestScore >= quiz.passMark,
    };
  });
  const roleplays = module.roleplays.map((roleplay) => {
    const saved = progress.roleplays[roleplay.id];
    return {
      id: roleplay.id,
      title: roleplay.title,
      attempts: saved?.attempts ?? 0,
      bestOutcome: saved?.bestOutcome,
      inProgress: !!saved?.current,
    };
  });
  const finishedAt = [
    ...module.quizzes.map((quiz) => progress.quizzes[quiz.id]?.completedAt),
    ...module.roleplays.map((roleplay) => progress.roleplays[roleplay.id]?.completedAt),
  ];
  // What completes a module is decided in completion.ts.
  const complete = allDone(requirements({ quizzes, roleplays }));
  const started =
    quizzes.some((quiz) => quiz.answered > 0 || quiz.bestScore !== undefined) ||
    roleplays.some((roleplay) => roleplay.attempts > 0 || roleplay.inProgress);
  const state: ModuleState = complete ? 'completed' : started ? 'in-progress' : progress.modules[module.id] ? 'visited' : 'not-started';
  const completedAt = complete
    ? finishedAt
        .filter((at): at is string => !!at)
        .sort()
        .at(-1)
    : undefined;
  return { state, quizzes, roleplays, completedAt };
}

/**
 * The module to suggest next: one already in progress first (pick up where you left off), then the
 * first required module not yet completed, then the first module not completed, in course order.
 */
export function nextModule(modules: readonly ModuleSummary[], progress: Progress): ModuleSummary | undefined {
  const ordered = [...modules].sort((a, b) => a.order - b.order);
  const state = (module: ModuleSummary) => moduleStatus(module, progress).state;
  return (
    ordered.find((module) => state(module) === 'in-progress') ??
    ordered.find((module) => module.required && state(module) !== 'completed') ??
    ordered.find((module) => state(module) !== 'completed')
  );
}

/** True when nothing at all has been saved. */
export function isEmpty(progress: Progress): boolean {
  return (
    Object.keys(progress.modules).length +
      Object.keys(progress.quizzes).length +
      Object.keys(progress.roleplays).length +
      Object.keys(progress.resources).length ===
    0
  );
}
