import { describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/lib/progress/actions';
import { emptyProgress } from '../../src/lib/progress/shape';
import { optionOrder } from '../../src/lib/quiz/order';
import { canCheck } from '../../src/lib/quiz/score';
import { changedQuestions, checkAnswer, draftsFromForm, savedAnswers } from '../../src/lib/quiz/session';
import { quizView, startQuizRoom } from '../../src/lib/room/quiz-room';
import { multiple, quiz, single } from './quiz-fixture';

const at = '2026-11-24T10:00:00.000Z';
const later = '2026-11-25T10:00:00.000Z';

describe('a learner’s quiz session', () => {
  it('keeps only saved answers that still fit the quiz', () => {
    const saved = { q1: { selected: ['a', 'b'] }, q2: { selected: ['a', 'c'] }, removed: { selected: ['a'] } };
    expect(savedAnswers(quiz, saved)).toEqual({ q1: { selected: ['a'] }, q2: { selected: ['a', 'c'] } });
    expect(savedAnswers(quiz, undefined)).toEqual({});
    expect(changedQuestions(quiz, saved)).toEqual([]);
    expect(changedQuestions(quiz, undefined)).toEqual([]);
  });

  it('treats an answer that chose a removed option as not answered, and says which questions changed', () => {
    const saved = { q1: { selected: ['gone'] }, q2: { selected: ['a', 'gone'] } };
    expect(savedAnswers(quiz, saved)).toEqual({});
    expect(changedQuestions(quiz, saved)).toEqual(['q1', 'q2']);
    expect(changedQuestions(quiz, { q1: { selected: [] } })).toEqual(['q1']);
  });

  it('checks an answer only once something is chosen', () => {
    expect(canCheck([])).toBe(false);
    expect(canCheck(['a'])).toBe(true);
  });

  it('saves a checked answer with its marking, and no score until every question is answered', () => {
    const progress = checkAnswer(emptyProgress(), 'quiz', quiz, single, ['b'], at);
    expect(progress.quizzes.quiz?.answers.q1).toEqual({ selected: ['b'], correct: true, answeredAt: at });
    expect(progress.quizzes.quiz?.lastScore).toBeUndefined();
    expect(progress.quizzes.quiz?.completedAt).toBeUndefined();
  });

  it('saves the score with the answer that completes the quiz, keeping the best score and first completion', () => {
    let progress = checkAnswer(emptyProgress(), 'quiz', quiz, single, ['b'], at);
    progress = checkAnswer(progress, 'quiz', quiz, multiple, ['a', 'c'], at);
    expect(progress.quizzes.quiz).toMatchObject({ lastScore: 1, bestScore: 1, completedAt: at });
    progress = checkAnswer(progress, 'quiz', quiz, multiple, ['a'], later);
    expect(progress.quizzes.quiz).toMatchObject({ lastScore: 0.5, bestScore: 1, completedAt: at });
  });

  it('never counts an answer whose option was removed as wrong: the quiz is not complete until it is answered again', () => {
    const progress = recordAnswer(emptyProgress(), 'quiz', 'q2', ['gone'], false, at);
    const after = checkAnswer(progress, 'quiz', quiz, single, ['b'], at);
    expect(after.quizzes.quiz?.lastScore).toBeUndefined();
    expect(after.quizzes.quiz?.completedAt).toBeUndefined();
    const answeredAgain = checkAnswer(after, 'quiz', quiz, multiple, ['a', 'c'], later);
    expect(answeredAgain.quizzes.quiz).toMatchObject({ lastScore: 1, completedAt: later });
  });
});

describe('options ticked before the island was ready', () => {
  it('are adopted from the server-rendered form, by input name and value', () => {
    const checked = [
      { name: 'quiz-q1', value: 'b' },
      { name: 'quiz-q2', value: 'a' },
      { name: 'quiz-q2', value: 'c' },
    ];
    expect(draftsFromForm('quiz', quiz, checked)).toEqual({ q1: ['b'], q2: ['a', 'c'] });
  });

  it('ignore other quizzes, unknown options, and a second pick on a single-answer question', () => {
    const checked = [
      { name: 'other-quiz-q1', value: 'a' },
      { name: 'quiz-q1', value: 'a' },
      { name: 'quiz-q1', value: 'b' },
      { name: 'quiz-q2', value: 'gone' },
    ];
    expect(draftsFromForm('quiz', quiz, checked)).toEqual({ q1: ['a'] });
    expect(draftsFromForm('quiz', quiz, [])).toEqual({});
  });
});

describe('answer order', () => {
  it('is the same for a learner and a room, so the room’s letters match the module page', () => {
    const learner = optionOrder('some-quiz', multiple).map((option) => option.id);
    const room = quizView('some-quiz', quiz, { ...startQuizRoom(), at: 3 }).options.map(({ option }) => option.id);
    expect(room).toEqual(learner);
    expect([...learner].sort()).toEqual(['a', 'b', 'c']);
  });
});
