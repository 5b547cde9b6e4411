import { describe, expect, it } from 'vitest';
import { roomIndex, roomPath } from '../../../src/lib/room/catalogue';

describe('the room mode index', () => {
  const module = (id: string, order: number) => ({
    id,
    data: { order, title: `Module ${id}`, minutes: 30, required: false, prerequisites: [] },
  });
  it('lists modules in course order with their role-plays and quizzes at stable addresses', () => {
    const index = roomIndex(
      [module('second', 2), module('first', 1), module('empty', 3)],
      [
        { id: 'rp-b', data: { module: 'first', title: 'Beta' } },
        { id: 'rp-a', data: { module: 'first', title: 'Alpha' } },
      ],
      [{ id: 'quiz-2', data: { module: 'second', title: 'Quiz two' } }],
    );
    expect(index.map((entry) => entry.id)).toEqual(['first', 'second']);
    expect(index[0]!.roleplays.map((entry) => entry.title)).toEqual(['Alpha', 'Beta']);
    expect(index[0]!.roleplays[0]!.path).toBe('/room/roleplay/rp-a/');
    expect(index[1]!.quizzes).toEqual([{ id: 'quiz-2', title: 'Quiz two', path: '/room/quiz/quiz-2/' }]);
    expect(roomPath('quiz', 'x')).toBe('/room/quiz/x/');
  });
});
