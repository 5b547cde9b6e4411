/**
 * A learner's quiz, as kept in their progress: which saved answers still count, and what checking an
 * answer saves (the answer, then the score once every question is answered).
 */
import { recordAnswer, recordQuizScore } from '../progress/actions';
import type { Progress } from '../progress/shape';
import { isCorrect, scoreQuiz, validSelection, type ScoringQuestion, type ScoringQuiz } from './score';

export type Answers = Record<string, { selected: string[] }>;

/** Saved answers that still fit the quiz: answers to removed questions and removed options are left out. */
export function savedAnswers(quiz: ScoringQuiz, saved: Readonly<Record<string, { selected: readonly string[] }>> | undefined): Answers {
  return Object.fromEntries(
    quiz.questions.flatMap((question) => {
      const answer = saved?.[question.id];
      return answer ? [[question.id, { selected: validSelection(question, answer.selected) }]] : [];
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
