/**
 * A learner's quiz, as kept in their progress: which saved answers still count, and what checking an
 * answer saves (the answer, then the score once every question is answered).
 */
import { recordAnswer, recordQuizScore } from '../progress/actions';
import type { Progress } from '../progress/shape';
import { isCorrect, scoreQuiz, validSelection, type ChoosingQuestion, type ScoringQuestion, type ScoringQuiz } from './score';

export type Answers = Record<string, { selected: string[] }>;

type SavedAnswers = Readonly<Record<string, { selected: readonly string[] }>> | undefined;

/**
 * Saved answers that still fit the quiz. Answers to removed questions are left out, and so is an answer
 * that chose an option which no longer exists: the question changed since, so it counts as not answered
 * (never as wrong) and the learner answers it again.
 */
export function savedAnswers(quiz: ScoringQuiz, saved: SavedAnswers): Answers {
  return Object.fromEntries(
    quiz.questions.flatMap((question) => {
      const answer = saved?.[question.id];
      return answer && !outdated(question, answer.selected) ? [[question.id, { selected: validSelection(question, answer.selected) }]] : [];
    }),
  );
}

/** The questions whose saved answer chose an option that no longer exists, so the learner can be told why it is unanswered. */
export function changedQuestions(quiz: ScoringQuiz, saved: SavedAnswers): string[] {
  return quiz.questions
    .filter((question) => {
      const answer = saved?.[question.id];
      return answer !== undefined && outdated(question, answer.selected);
    })
    .map((question) => question.id);
}

function outdated(question: ScoringQuestion, selected: readonly string[]): boolean {
  return selected.length === 0 || selected.some((id) => !question.options.some((option) => option.id === id));
}

/**
 * What a server-rendered quiz form already holds when the island takes over: options ticked before
 * it was ready (a tap on a page still loading, or the tap that woke the island). `checked` lists the
 * ticked inputs by name and value; names are `<quizId>-<questionId>`. Anything that is not an option of
 * this quiz is ignored, and a single-answer question keeps one option.
 */
export function draftsFromForm(
  quizId: string,
  quiz: { questions: readonly ChoosingQuestion[] },
  checked: readonly { name: string; value: string }[],
): Record<string, string[]> {
  return Object.fromEntries(
    quiz.questions.flatMap((question) => {
      const picked = checked.filter((input) => input.name === `${quizId}-${question.id}`).map((input) => input.value);
      const selected = validSelection(question, picked);
      return selected.length > 0 ? [[question.id, selected]] : [];
    }),
  );
}

/**
 * Checks an answer and saves it. The answer that completes the quiz also saves the score (the best
 * score and the first completion date are kept by recordQuizScore).
 */
export function checkAnswer(
  progress: Progress,
  quizId: string,
  quiz: ScoringQuiz,
  question: ScoringQuestion,
  selected: string[],
  at: string,
): Progress {
  const answered = recordAnswer(progress, quizId, question.id, selected, isCorrect(question, selected), at);
  const score = scoreQuiz(quiz, savedAnswers(quiz, answered.quizzes[quizId]?.answers));
  return score.complete ? recordQuizScore(answered, quizId, score.fraction, at) : answered;
}
