/**
 * The learner's place in the course, worked out once from the course order and saved progress, so the
 * home page, My progress, the module sidebar and the completion record all say the same thing.
 * The course order is the modules' `order` field (content data, numbered 1 to N without gaps; the
 * content tests check it, and that prerequisites come earlier).
 */
import { isEmpty, moduleStatus, nextModule, type ModuleStatus, type ModuleSummary } from '../progress/status';
import type { Progress } from '../progress/shape';

export interface CourseModule {
  module: ModuleSummary;
  status: ModuleStatus;
}

/** What to do next: start the course with a module, or continue it (once anything is saved) with one. */
export interface NextStep {
  module: ModuleSummary;
  action: 'start' | 'continue';
}

export interface CourseProgress {
  modules: CourseModule[];
  completed: number;
  total: number;
  required: { completed: number; total: number };
  /** True once every required module is completed: the record of training is offered then. */
  recordReady: boolean;
  next: NextStep | undefined;
}

export function inOrder(curriculum: readonly ModuleSummary[]): ModuleSummary[] {
  return [...curriculum].sort((a, b) => a.order - b.order);
}

/**
 * The one rule for "what next" (nextModule in status.ts), used by the home page and My progress alike,
 * with whether the learner is starting the course or continuing it.
 */
export function nextStep(curriculum: readonly ModuleSummary[], progress: Progress): NextStep | undefined {
  const module = nextModule(curriculum, progress);
  if (!module) return undefined;
  return { module, action: isEmpty(progress) ? 'start' : 'continue' };
}

export function courseProgress(curriculum: readonly ModuleSummary[], progress: Progress): CourseProgress {
  const modules = inOrder(curriculum).map((module) => ({ module, status: moduleStatus(module, progress) }));
  const done = (entries: CourseModule[]) => entries.filter((entry) => entry.status.state === 'completed').length;
  const required = modules.filter((entry) => entry.module.required);
  const requiredDone = done(required);
  return {
    modules,
    completed: done(modules),
    total: modules.length,
    required: { completed: requiredDone, total: required.length },
    recordReady: required.length > 0 && requiredDone === required.length,
    next: nextStep(curriculum, progress),
  };
}
