import { describe, expect, it } from 'vitest';
import { stableShuffle } from '../../src/lib/shuffle';
import { loadQuizzes } from './content-loader';

describe('stable shuffle', () => {
  it('gives the same order for the same seed and keeps every item', () => {
    const items = ['a', 'b', 'c', 'd', 'e'];
    expect(stableShuffle(items, 'quiz/q1')).toEqual(stableShuffle(items, 'quiz/q1'));
    expect([...stableShuffle(items, 'quiz/q1')].sort()).toEqual(items);
  });

  it('spreads the right answer across positions in the real quizzes', () => {
    const positions = new Map<number, number>();
    for (const quiz of loadQuizzes()) {
      for (const question of quiz.data?.questions ?? []) {
        if (question.kind !== 'single') continue;
        const shown = stableShuffle(question.options, `${quiz.id}-${question.id}`);
        const index = shown.findIndex((option) => option.correct);
        positions.set(index, (positions.get(index) ?? 0) + 1);
      }
    }
    const total = [...positions.values()].reduce((sum, count) => sum + count, 0);
    // No position should hold the right answer in more than half the questions.
    for (const count of positions.values()) expect(count / total).toBeLessThan(0.5);
  });
});
