/**
 * The order a question's options are shown in. One seed per question, so a learner on the module
 * page and a room on the projector see the options in the same order (and a room's letters match the page).
 */
import { stableShuffle } from '../shuffle';

export function optionOrder<O>(quizId: string, question: { id: string; options: readonly O[] }): O[] {
  return stableShuffle(question.options, `${quizId}-${question.id}`);
}
