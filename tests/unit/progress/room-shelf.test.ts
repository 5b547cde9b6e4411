import { describe, expect, it } from 'vitest';
import { clearRoom, readQuizRoom, readRolePlayRoom, roomKey, writeRoom } from '../../../src/lib/progress/room-shelf';
import { startQuizRoom } from '../../../src/lib/room/quiz-room';
import { PROGRESS_KEY } from '../../../src/lib/progress/keys';
import { FakeStorage } from './fake-storage';

describe('room sessions are kept for the tab only, apart from progress', () => {
  it('writes and reads back under its own key, never the progress key', () => {
    const storage = new FakeStorage();
    const room = { steps: [{ node: 'start', choice: 'listen' }], at: 3, picked: null, tallies: { start: { listen: 4 } } };
    expect(writeRoom(storage, 'roleplay', 'wants-advice', room)).toBe(true);
    expect([...storage.values.keys()]).toEqual([roomKey('roleplay', 'wants-advice')]);
    expect(roomKey('roleplay', 'wants-advice')).not.toBe(PROGRESS_KEY);
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
