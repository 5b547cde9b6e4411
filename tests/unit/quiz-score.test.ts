import { describe, expect, it } from 'vitest';
import { isCorrect, markOptions, scoreQuiz, validSelection } from '../../src/lib/quiz/score';
import { multiple, quiz, single } from './quiz-fixture';

describe('quiz marking', () => {
  it('marks a single answer', () => {
    expect(isCorrect(single, ['b'])).toBe(true);
    expect(isCorrect(single, ['a'])).toBe(false);
    expect(isCorrect(single, [])).toBe(false);
  });

  it('marks select-all only when every right option and nothing else is chosen', () => {
    expect(isCorrect(multiple, ['a', 'c'])).toBe(true);
    expect(isCorrect(multiple, ['a'])).toBe(false);
    expect(isCorrect(multiple, ['a', 'b', 'c'])).toBe(false);
  });

  it('shows which options were chosen rightly, wrongly, or missed', () => {
    expect(markOptions(multiple, ['a', 'b'])).toEqual({ a: 'chosen-correct', b: 'chosen-wrong', c: 'missed-correct' });
  });

  it('marks the right option of a single-answer question as the answer, not as "also right"', () => {
    expect(markOptions(single, ['a'])).toEqual({ a: 'chosen-wrong', b: 'the-answer' });
    expect(markOptions(single, ['b'])).toEqual({ a: 'not-chosen', b: 'chosen-correct' });
  });

  it('scores a quiz and lists competencies to revisit', () => {
    const score = scoreQuiz(quiz, { q1: { selected: ['b'] }, q2: { selected: ['a'] } });
    expect(score).toMatchObject({
      answered: 2,
      correct: 1,
      total: 2,
      fraction: 0.5,
      passed: false,
      complete: true,
      revisit: ['provides-support'],
    });
    expect(scoreQuiz(quiz, { q1: { selected: ['b'] }, q2: { selected: ['a', 'c'] } }).passed).toBe(true);
  });

  it('ignores saved answers to questions that were removed, and options that no longer exist', () => {
    expect(scoreQuiz(quiz, { gone: { selected: ['x'] }, q1: { selected: ['b'] } })).toMatchObject({ answered: 1, complete: false });
    expect(validSelection(multiple, ['a', 'zz'])).toEqual(['a']);
    expect(validSelection(single, ['a', 'b'])).toEqual(['a']);
  });
});
