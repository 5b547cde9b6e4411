import { describe, expect, it } from 'vitest';
import { roomIndex, roomPath } from '../../../src/lib/room/catalogue';
import { clearRoom, readQuizRoom, readRolePlayRoom, roomKey, writeRoom } from '../../../src/lib/room/session-store';
import { startQuizRoom } from '../../../src/lib/room/quiz-room';
import { STORAGE_KEY } from '../../../src/lib/progress/shape';
import { FakeStorage } from '../progress/fake-storage';

describe('room sessions are kept for the tab only, apart from progress', () => {
  it('writes and reads back under its own key, never the progress key', () => {
    const storage = new FakeStorage();
    const room = { steps: [{ node: 'start', choice: 'listen' }], at: 3, picked: null, tallies: { start: { listen: 4 } } };
    expect(writeRoom(storage, 'roleplay', 'wants-advice', room)).toBe(true);
    expect([...storage.values.keys()]).toEqual([roomKey('roleplay', 'wants-advice')]);
    expect(roomKey('roleplay', 'wants-advice')).not.toBe(STORAGE_KEY);
    expect(readRolePlayRoom(storage, 'wants-advice')).toEqual(room);
    clearRoom(storage, 'roleplay', 'wants-advice');
    expect(readRolePlayRoom(storage, 'wants-advice')).toBeUndefined();
  });

  it('treats unreadable, wrongly shaped or missing sessions as none', () => {
    const storage = new FakeStorage();
    storage.values.set(roomKey('quiz', 'q'), '{not json');
    expect(readQuizRoom(storage, 'q')).toBeUndefined();
    storage.values.set(roomKey('quiz', 'q'), JSON.stringify({ ...startQuizRoom(), at: -1 }));
    expect(readQuizRoom(storage, 'q')).toBeUndefined();
    storage.values.set(roomKey('quiz', 'q'), JSON.stringify({ ...startQuizRoom(), tallies: { q1: { a: 'lots' } } }));
    expect(readQuizRoom(storage, 'q')).toBeUndefined();
    expect(readQuizRoom(undefined, 'q')).toBeUndefined();
  });

  it('keeps working when storage is disabled or full', () => {
    const disabled = new FakeStorage();
    disabled.disabled = true;
    expect(writeRoom(disabled, 'quiz', 'q', startQuizRoom())).toBe(false);
    expect(readQuizRoom(disabled, 'q')).toBeUndefined();
    expect(() => clearRoom(disabled, 'quiz', 'q')).not.toThrow();
    const full = new FakeStorage();
    full.quota = 10;
    expect(writeRoom(full, 'quiz', 'q', startQuizRoom())).toBe(false);
  });
});

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
