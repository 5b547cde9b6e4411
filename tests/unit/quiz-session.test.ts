import { describe, expect, it } from 'vitest';
import { recordAnswer } from '../../src/lib/progress/actions';
import { emptyProgress } from '../../src/lib/progress/shape';
import { optionOrder } from '../../src/lib/quiz/order';
import { canCheck } from '../../src/lib/quiz/score';
import { checkAnswer, savedAnswers } from '../../src/lib/quiz/session';
import { quizView, startQuizRoom } from '../../src/lib/room/quiz-room';

const single = {
  id: 'q1',
  kind: 'single' as const,
  competency: 'values-communication',
  options: [
    { id: 'a', correct: false },
    { id: 'b', correct: true },
  ],
};
const multiple = {
  id: 'q2',
  kind: 'multiple' as const,
  competency: 'provides-support',
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: false },
    { id: 'c', correct: true },
  ],
};
const quiz = { passMark: 0.75, questions: [single, multiple] };
const at = '2026-11-24T10:00:00.000Z';
const later = '2026-11-25T10:00:00.000Z';

describe('a learner’s quiz session', () => {
  it('keeps only saved answers that still fit the quiz', () => {
    const saved = { q1: { selected: ['a', 'b'] }, q2: { selected: ['a', 'gone'] }, removed: { selected: ['a'] } };
    expect(savedAnswers(quiz, saved)).toEqual({ q1: { selected: ['a'] }, q2: { selected: ['a'] } });
    expect(savedAnswers(quiz, undefined)).toEqual({});
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

  it('counts an answer whose options were all removed as answered, and wrong', () => {
    const progress = recordAnswer(emptyProgress(), 'quiz', 'q2', ['gone'], false, at);
    const after = checkAnswer(progress, 'quiz', quiz, single, ['b'], at);
    expect(after.quizzes.quiz).toMatchObject({ lastScore: 0.5, completedAt: at });
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
