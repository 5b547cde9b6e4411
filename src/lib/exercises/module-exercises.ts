/**
 * A module's exercises in full, as one JSON file per module (`/modules/<id>/exercises.json`, written
 * at build and precached by the service worker). Islands start from a small first view and read this
 * file when a learner checks an answer, plays a reply, or has saved progress to show.
 */
import { joinBase } from '../url';

export interface ResourceRef {
  id: string;
  name: string;
}

export interface ModuleExercises<Quiz, Script> {
  quizzes: Record<string, Quiz>;
  roleplays: Record<string, { script: Script; resources: ResourceRef[] }>;
}

/** Where a module's exercises file is served, under the site's base path. */
export function exercisesPath(base: string, moduleId: string): string {
  return joinBase(base, `modules/${moduleId}/exercises.json`);
}

/** The exercises of one module, from every quiz and role-play with their module. */
export function moduleExercises<Quiz, Script>(
  moduleId: string,
  quizzes: readonly { id: string; data: Quiz & { module: string } }[],
  roleplays: readonly { id: string; data: Script & { module: string }; resources: ResourceRef[] }[],
): ModuleExercises<Quiz, Script> {
  return {
    quizzes: Object.fromEntries(quizzes.filter((quiz) => quiz.data.module === moduleId).map((quiz) => [quiz.id, quiz.data])),
    roleplays: Object.fromEntries(
      roleplays
        .filter((roleplay) => roleplay.data.module === moduleId)
        .map((roleplay) => [roleplay.id, { script: roleplay.data, resources: roleplay.resources }]),
    ),
  };
}
