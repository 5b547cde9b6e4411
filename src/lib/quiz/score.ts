/**
 * Marking and scoring for quizzes. Pure functions over the quiz data, so the island only renders.
 */
export interface ScoringOption {
  id: string;
  correct: boolean;
}
export interface ScoringQuestion {
  id: string;
  kind: 'single' | 'multiple';
  competency: string;
  options: ScoringOption[];
}
/** What choosing needs to know of a question: its options' ids and how many may be chosen. */
export type ChoosingQuestion = Pick<ScoringQuestion, 'id' | 'kind'> & { options: readonly { id: string }[] };
export interface ScoringQuiz {
  passMark: number;
  questions: ScoringQuestion[];
}

/** An answer can be checked (or revealed to a room) once at least one option is chosen. */
export function canCheck(selected: readonly string[]): boolean {
  return selected.length > 0;
}

/** A select-all answer is right only when it picks every correct option and nothing else. */
export function isCorrect(question: ScoringQuestion, selected: readonly string[]): boolean {
  const chosen = new Set(selected);
  return question.options.every((option) => option.correct === chosen.has(option.id)) && selected.length > 0;
}

/**
 * How each option should be marked after checking: what the learner picked, and what was right. A right
 * option that was not picked is `missed-correct` ("also right") in a select-all question, but
 * `the-answer` in a single-answer one, where there is no "also".
 */
export type OptionMark = 'chosen-correct' | 'chosen-wrong' | 'missed-correct' | 'the-answer' | 'not-chosen';

export function markOptions(question: ScoringQuestion, selected: readonly string[]): Record<string, OptionMark> {
  const chosen = new Set(selected);
  const missed: OptionMark = question.kind === 'single' ? 'the-answer' : 'missed-correct';
  return Object.fromEntries(
    question.options.map((option) => {
      const mark: OptionMark = chosen.has(option.id)
        ? option.correct
          ? 'chosen-correct'
          : 'chosen-wrong'
        : option.correct
          ? missed
          : 'not-chosen';
      return [option.id, mark];
    }),
  );
}

export interface QuizScore {
  answered: number;
  correct: number;
  total: number;
  /** correct / total, 0 to 1. */
  fraction: number;
  passed: boolean;
  complete: boolean;
  /** Competency areas of the questions answered wrongly, each once, in question order. */
  revisit: string[];
}

/** Scores a quiz from saved answers. Answers to questions no longer in the quiz are ignored. */
export function scoreQuiz(quiz: ScoringQuiz, answers: Record<string, { selected: readonly string[] } | undefined>): QuizScore {
  let answered = 0;
  let correct = 0;
  const revisit: string[] = [];
  for (const question of quiz.questions) {
    const answer = answers[question.id];
    if (!answer) continue;
    answered++;
    if (isCorrect(question, answer.selected)) correct++;
    else if (!revisit.includes(question.competency)) revisit.push(question.competency);
  }
  const total = quiz.questions.length;
  const fraction = total === 0 ? 0 : correct / total;
  return {
    answered,
    correct,
    total,
    fraction,
    passed: answered === total && fraction >= quiz.passMark,
    complete: answered === total,
    revisit,
  };
}

/** Keeps only selections that still exist in the question (an option may have been removed). */
export function validSelection(question: ChoosingQuestion, selected: readonly string[]): string[] {
  const ids = new Set(question.options.map((option) => option.id));
  const kept = selected.filter((id) => ids.has(id));
  return question.kind === 'single' ? kept.slice(0, 1) : kept;
}
