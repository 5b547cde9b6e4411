/**
 * A module's exercises in full, as one JSON file per module (`/modules/<id>/exercises.json`, written
 * at build and precached by the service worker). Islands start from a small first view and read this
 * file when a learner checks an answer, plays a reply, or has saved progress to show.
 */
import { joinBase } from '../url';
import { localizePath } from '../i18n/edition';
import { currentLanguage } from '../i18n/language';

export interface ResourceRef {
  id: string;
  name: string;
}

export interface ModuleExercises<Quiz, Script> {
  quizzes: Record<string, Quiz>;
  /** The names of the competency areas its quizzes test, for a result's "worth revisiting" list. */
  competencies: Record<string, string>;
  roleplays: Record<string, { script: Script; resources: ResourceRef[] }>;
}

/** Where a module's exercises file is served, under the site's base path, in the page's edition (/es/… in Spanish). */
export function exercisesPath(base: string, moduleId: string): string {
  return joinBase(base, localizePath(`/modules/${moduleId}/exercises.json`, currentLanguage()));
}

interface QuizShape {
  module: string;
  questions: readonly { competency: string }[];
}

/** The exercises of one module, from every quiz and role-play with their module. */
export function moduleExercises<Quiz extends QuizShape, Script extends { module: string }>(
  moduleId: string,
  quizzes: readonly { id: string; data: Quiz }[],
  roleplays: readonly { id: string; data: Script; resources: ResourceRef[] }[],
  competencyName: (id: string) => string,
): ModuleExercises<Quiz, Script> {
  const own = quizzes.filter((quiz) => quiz.data.module === moduleId);
  const competencies = [...new Set(own.flatMap((quiz) => quiz.data.questions.map((question) => question.competency)))];
  return {
    quizzes: Object.fromEntries(own.map((quiz) => [quiz.id, quiz.data])),
    competencies: Object.fromEntries(competencies.map((id) => [id, competencyName(id)])),
    roleplays: Object.fromEntries(
      roleplays
        .filter((roleplay) => roleplay.data.module === moduleId)
        .map((roleplay) => [roleplay.id, { script: roleplay.data, resources: roleplay.resources }]),
    ),
  };
}
