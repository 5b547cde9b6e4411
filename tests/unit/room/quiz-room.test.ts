import { describe, expect, it } from 'vitest';
import {
  backQuiz,
  countQuizVote,
  currentQuizScreen,
  forwardQuiz,
  normalizeQuizRoom,
  quizRoomResult,
  quizRoomRules,
  quizView,
  reopenQuestion,
  startQuizRoom,
  toggleAnswer,
  type QuizRoom,
} from '../../../src/lib/room/quiz-room';
import { quiz } from '../quiz-fixture';

const next = (room: QuizRoom) => forwardQuiz(quiz, room).room;

describe('room quiz: one question at a time', () => {
  it('goes intro -> question -> feedback -> next question -> score', () => {
    let room = next(startQuizRoom());
    expect(currentQuizScreen(quiz, room)).toEqual({ kind: 'question', index: 0 });
    room = next(toggleAnswer(quiz, room, 'q1', 'b'));
    expect(currentQuizScreen(quiz, room)).toEqual({ kind: 'feedback', index: 0 });
    room = next(room);
    room = next(toggleAnswer(quiz, toggleAnswer(quiz, room, 'q2', 'a'), 'q2', 'c'));
    room = next(room);
    expect(currentQuizScreen(quiz, room)).toEqual({ kind: 'score' });
    expect(forwardQuiz(quiz, room).blocked).toBe('at-end');
  });

  it('will not reveal feedback before the room’s answer is marked', () => {
    const room = next(startQuizRoom());
    expect(forwardQuiz(quiz, room)).toEqual({ room, blocked: 'choose-first' });
    expect(quizView('quiz', quiz, room).options.every((option) => option.mark === undefined)).toBe(true);
  });

  it('marks each option once revealed, and says whether the room was right', () => {
    const room = next(toggleAnswer(quiz, next(startQuizRoom()), 'q1', 'a'));
    const view = quizView('quiz', quiz, room);
    expect(view.revealed).toBe(true);
    expect(view.correct).toBe(false);
    expect(Object.fromEntries(view.options.map((option) => [option.option.id, option.mark]))).toEqual({
      a: 'chosen-wrong',
      b: 'the-answer',
    });
  });

  it('a single-answer question keeps one answer; select-all toggles; a revealed answer is fixed', () => {
    let room = next(startQuizRoom());
    room = toggleAnswer(quiz, toggleAnswer(quiz, room, 'q1', 'a'), 'q1', 'b');
    expect(room.selections.q1).toEqual(['b']);
    room = toggleAnswer(quiz, toggleAnswer(quiz, toggleAnswer(quiz, room, 'q2', 'a'), 'q2', 'b'), 'q2', 'a');
    expect(room.selections.q2).toEqual(['b']);
    const revealed = next(room);
    expect(toggleAnswer(quiz, revealed, 'q1', 'a')).toBe(revealed);
  });

  it('can reopen a revealed question to change the room’s answer', () => {
    const revealed = next(toggleAnswer(quiz, next(startQuizRoom()), 'q1', 'a'));
    const reopened = reopenQuestion(quiz, revealed, 'q1');
    expect(currentQuizScreen(quiz, reopened)).toEqual({ kind: 'question', index: 0 });
    expect(quizView('quiz', quiz, reopened).revealed).toBe(false);
    expect(toggleAnswer(quiz, reopened, 'q1', 'b').selections.q1).toEqual(['b']);
  });

  it('steps back, but not before the start', () => {
    const room = next(toggleAnswer(quiz, next(startQuizRoom()), 'q1', 'b'));
    expect(currentQuizScreen(quiz, backQuiz(room).room)).toEqual({ kind: 'question', index: 0 });
    expect(backQuiz(startQuizRoom()).blocked).toBe('at-start');
  });

  it('scores the room with the quiz’s own marking, with letters and vote tallies per question', () => {
    let room = next(startQuizRoom());
    room = countQuizVote(countQuizVote(room, 'q1', 'b', 1), 'q1', 'a', 1);
    room = countQuizVote(room, 'q1', 'b', 1);
    room = next(next(toggleAnswer(quiz, room, 'q1', 'b')));
    room = next(next(toggleAnswer(quiz, room, 'q2', 'a')));
    const result = quizRoomResult('quiz', quiz, room);
    expect(result.score).toMatchObject({ correct: 1, total: 2, complete: true, passed: false, revisit: ['provides-support'] });
    const [first, second] = result.rows;
    expect(first!.correct).toBe(true);
    expect(first!.chosenLetters).toEqual(first!.rightLetters);
    expect(first!.tally.find((row) => row.optionId === 'b')).toMatchObject({ votes: 2, percent: 67, leading: true });
    expect(second!.correct).toBe(false);
    expect(second!.rightLetters).toHaveLength(2);
  });
});

describe('the rules room mode runs a quiz by', () => {
  it('start, fit and move exactly as the functions above', () => {
    const rules = quizRoomRules(quiz);
    const atQuestion = rules.forward(rules.start()).room;
    expect(atQuestion).toEqual(next(startQuizRoom()));
    expect(rules.forward(atQuestion)).toEqual({ room: atQuestion, blocked: 'choose-first' });
    expect(rules.back(atQuestion).room).toEqual(startQuizRoom());
    const kept: QuizRoom = { at: 5, selections: { q1: ['gone'] }, revealed: ['q1'], tallies: {} };
    expect(rules.fit(kept)).toEqual(normalizeQuizRoom(quiz, kept));
  });
});

describe('a kept quiz session is made to fit the quiz', () => {
  it('drops removed options and questions, and never sits past a hidden answer', () => {
    const kept: QuizRoom = { at: 5, selections: { q1: ['gone'], q2: ['a'], old: ['a'] }, revealed: ['q1', 'q2', 'old'], tallies: {} };
    const room = normalizeQuizRoom(quiz, kept);
    expect(room.selections).toEqual({ q2: ['a'] });
    expect(room.revealed).toEqual(['q2']);
    expect(currentQuizScreen(quiz, room)).toEqual({ kind: 'question', index: 0 });
  });
});
