/**
 * Builds the per-module summary that progress views need (ids, titles, quizzes, role-plays) from the
 * content collections' data. Pure, so pages pass its result to scripts and islands as plain data.
 */
import type { ModuleSummary } from '../progress/status';

interface ModuleLike {
  id: string;
  data: { title: string; order: number; minutes: number; required: boolean };
}
interface QuizLike {
  id: string;
  data: { module: string; title: string; passMark: number; questions: readonly { id: string }[] };
}
interface RoleplayLike {
  id: string;
  data: { module: string; title: string };
}

export function summarizeCurriculum(modules: ModuleLike[], quizzes: QuizLike[], roleplays: RoleplayLike[]): ModuleSummary[] {
  return [...modules]
    .sort((a, b) => a.data.order - b.data.order)
    .map((module) => ({
      id: module.id,
      title: module.data.title,
      order: module.data.order,
      minutes: module.data.minutes,
      required: module.data.required,
      quizzes: quizzes
        .filter((quiz) => quiz.data.module === module.id)
        .map((quiz) => ({
          id: quiz.id,
          title: quiz.data.title,
          passMark: quiz.data.passMark,
          questionIds: quiz.data.questions.map((question) => question.id),
        })),
      roleplays: roleplays
        .filter((roleplay) => roleplay.data.module === module.id)
        .map((roleplay) => ({ id: roleplay.id, title: roleplay.data.title })),
    }));
}
