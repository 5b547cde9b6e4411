/**
 * A quiz run with a whole room, one question at a time:
 *   intro → for each question: the question and its options (the room discusses, votes may be
 *   counted, the trainer marks the room's answer) → feedback on every option and the explanation →
 *   … → the room's score.
 * Marking, scoring and the order of options come from the learner's quiz (src/lib/quiz/), so a room
 * is marked exactly like one learner and sees the options in the same order.
 */
import {
  canCheck,
  isCorrect,
  markOptions,
  scoreQuiz,
  validSelection,
  type OptionMark,
  type QuizScore,
  type ScoringQuestion,
  type ScoringQuiz,
} from '../quiz/score';
import { optionOrder } from '../quiz/order';
import type { Move, RoomRules } from './navigation';
import { adjustTally, optionLetter, tallyRows, type Tally, type TallyRow } from './tally';

export type QuizScreen = { kind: 'intro' } | { kind: 'question'; index: number } | { kind: 'feedback'; index: number } | { kind: 'score' };

export interface QuizRoom {
  /** Which screen is showing (an index into quizScreens). */
  at: number;
  /** The room's answer to each question, by question id. */
  selections: Record<string, string[]>;
  /** Ids of questions whose answer has been revealed; their selection is then fixed. */
  revealed: string[];
  /** Votes counted for each question's options, by question id. */
  tallies: Record<string, Tally>;
}

export function startQuizRoom(): QuizRoom {
  return { at: 0, selections: {}, revealed: [], tallies: {} };
}

/** Intro, then a question and its feedback for each question, then the score. */
export function quizScreens(quiz: ScoringQuiz): QuizScreen[] {
  return [
    { kind: 'intro' },
    ...quiz.questions.flatMap((_, index): QuizScreen[] => [
      { kind: 'question', index },
      { kind: 'feedback', index },
    ]),
    { kind: 'score' },
  ];
}

export function currentQuizScreen(quiz: ScoringQuiz, room: QuizRoom): QuizScreen {
  return quizScreens(quiz)[room.at] ?? { kind: 'intro' };
}

/**
 * Makes a kept room fit the quiz: forgets questions and options that no longer exist, and never
 * leaves the room past a question whose answer has not been revealed.
 */
export function normalizeQuizRoom(quiz: ScoringQuiz, room: QuizRoom): QuizRoom {
  const selections: Record<string, string[]> = {};
  for (const question of quiz.questions) {
    const kept = validSelection(question, room.selections[question.id] ?? []);
    if (kept.length > 0) selections[question.id] = kept;
  }
  const revealed = quiz.questions
    .filter((question) => room.revealed.includes(question.id) && selections[question.id])
    .map((question) => question.id);
  const firstOpen = quiz.questions.findIndex((question) => !revealed.includes(question.id));
  // A question's own screen is the furthest the room may be while its answer is hidden.
  const limit = firstOpen === -1 ? quizScreens(quiz).length - 1 : 1 + firstOpen * 2;
  return { at: Math.min(Math.max(0, Math.floor(room.at)), limit), selections, revealed, tallies: room.tallies };
}

/** Next screen. On a question, "next" reveals the feedback, and is refused until the room's answer is marked. */
export function forwardQuiz(quiz: ScoringQuiz, room: QuizRoom): Move<QuizRoom> {
  const screens = quizScreens(quiz);
  const screen = screens[room.at];
  if (screen?.kind === 'question') {
    const question = quiz.questions[screen.index]!;
    if (!room.revealed.includes(question.id)) {
      if (!canCheck(room.selections[question.id] ?? [])) return { room, blocked: 'choose-first' };
      return { room: { ...room, revealed: [...room.revealed, question.id], at: room.at + 1 } };
    }
  }
  if (room.at >= screens.length - 1) return { room, blocked: 'at-end' };
  return { room: { ...room, at: room.at + 1 } };
}

export function backQuiz(room: QuizRoom): Move<QuizRoom> {
  if (room.at <= 0) return { room, blocked: 'at-start' };
  return { room: { ...room, at: room.at - 1 } };
}

/** The rules room mode runs a quiz by. */
export function quizRoomRules(quiz: ScoringQuiz): RoomRules<QuizRoom> {
  return { start: startQuizRoom, fit: (kept) => normalizeQuizRoom(quiz, kept), forward: (room) => forwardQuiz(quiz, room), back: backQuiz };
}

/** Marks or unmarks an option as the room's answer: one for a single-answer question, any for select-all. */
export function toggleAnswer(quiz: ScoringQuiz, room: QuizRoom, questionId: string, optionId: string): QuizRoom {
  const question = quiz.questions.find((candidate) => candidate.id === questionId);
  if (!question || room.revealed.includes(questionId) || !question.options.some((option) => option.id === optionId)) return room;
  const current = room.selections[questionId] ?? [];
  const next =
    question.kind === 'single' ? [optionId] : current.includes(optionId) ? current.filter((id) => id !== optionId) : [...current, optionId];
  return { ...room, selections: { ...room.selections, [questionId]: next } };
}

/** Hides a revealed answer again so the room can change it (a mis-click, or a second thought). */
export function reopenQuestion(quiz: ScoringQuiz, room: QuizRoom, questionId: string): QuizRoom {
  const index = quiz.questions.findIndex((question) => question.id === questionId);
  if (index === -1) return room;
  return { ...room, revealed: room.revealed.filter((id) => id !== questionId), at: 1 + index * 2 };
}

export function countQuizVote(room: QuizRoom, questionId: string, optionId: string, delta: 1 | -1): QuizRoom {
  return { ...room, tallies: { ...room.tallies, [questionId]: adjustTally(room.tallies[questionId] ?? {}, optionId, delta) } };
}

export interface QuizView<Q extends ScoringQuestion> {
  screen: QuizScreen;
  question: Q | undefined;
  /** Options in the order shown, with letter, counted votes and (once revealed) how each is marked. */
  options: {
    option: Q['options'][number];
    letter: string;
    votes: number;
    /** Share of the votes counted for this question, 0 to 100 (for a bar beside the number). */
    percent: number;
    selected: boolean;
    mark: OptionMark | undefined;
  }[];
  revealed: boolean;
  /** Whether the room's answer is right (only once revealed). */
  correct: boolean | undefined;
  canBack: boolean;
}

export function quizView<Q extends ScoringQuestion>(
  quizId: string,
  quiz: { passMark: number; questions: Q[] },
  room: QuizRoom,
): QuizView<Q> {
  const screen = currentQuizScreen(quiz, room);
  const question = 'index' in screen ? quiz.questions[screen.index] : undefined;
  if (!question) return { screen, question, options: [], revealed: false, correct: undefined, canBack: room.at > 0 };
  const selected = room.selections[question.id] ?? [];
  const revealed = room.revealed.includes(question.id);
  const marks = revealed ? markOptions(question, selected) : undefined;
  const order = optionOrder(quizId, question);
  const tally = tallyRows(
    room.tallies[question.id],
    order.map((option) => option.id),
  );
  const options = order.map((option, position) => ({
    option,
    letter: optionLetter(position),
    votes: tally[position]!.votes,
    percent: tally[position]!.percent,
    selected: selected.includes(option.id),
    mark: marks?.[option.id],
  }));
  return { screen, question, options, revealed, correct: revealed ? isCorrect(question, selected) : undefined, canBack: room.at > 0 };
}

export interface QuizRoomResult {
  score: QuizScore;
  rows: {
    question: ScoringQuestion;
    index: number;
    correct: boolean;
    chosenLetters: string[];
    rightLetters: string[];
    tally: TallyRow[];
  }[];
}

/** The room's score, and per question: its answer, the right answer, and how the votes fell. */
export function quizRoomResult(quizId: string, quiz: ScoringQuiz, room: QuizRoom): QuizRoomResult {
  const answers = Object.fromEntries(room.revealed.map((id) => [id, { selected: room.selections[id] ?? [] }]));
  const score = scoreQuiz(quiz, answers);
  const rows = quiz.questions.flatMap((question, index) => {
    const answer = answers[question.id];
    if (!answer) return [];
    const order = optionOrder(quizId, question);
    const letters = (keep: (option: (typeof order)[number]) => boolean) =>
      order.flatMap((option, position) => (keep(option) ? [optionLetter(position)] : []));
    return [
      {
        question,
        index,
        correct: isCorrect(question, answer.selected),
        chosenLetters: letters((option) => answer.selected.includes(option.id)),
        rightLetters: letters((option) => option.correct),
        tally: tallyRows(
          room.tallies[question.id],
          order.map((option) => option.id),
        ),
      },
    ];
  });
  return { score, rows };
}
