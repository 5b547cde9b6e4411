/** Reading saved progress item by item: each bad piece is dropped on its own, and named. */
import { describe, expect, it } from 'vitest';
import { salvageProgress } from '../../../src/lib/progress/salvage';
import { keepBackup, listBackups, removeBackup } from '../../../src/lib/progress/backups';
import { emptyProgress } from '../../../src/lib/progress/shape';
import { FakeStorage } from './fake-storage';

const at = '2026-11-24T10:00:00.000Z';
const base = { ...emptyProgress(), updatedAt: at };

describe('salvaging saved progress', () => {
  it('is not progress at all unless it is an object of the current version', () => {
    expect(salvageProgress(null)).toBeUndefined();
    expect(salvageProgress([])).toBeUndefined();
    expect(salvageProgress({ version: 1 })).toBeUndefined();
  });

  it('keeps everything, and loses nothing, when everything is readable', () => {
    expect(salvageProgress(base)).toEqual({ progress: base, lost: [] });
  });

  it('drops a whole section only when the section itself is not a record, and a bad updatedAt silently', () => {
    const { progress, lost } = salvageProgress({ ...base, updatedAt: 'soon', modules: 'lots', settings: 3, resources: undefined })!;
    expect(progress.updatedAt).toBe(new Date(0).toISOString());
    expect(progress.modules).toEqual({});
    expect(lost).toEqual(['modules', 'settings']);
  });

  it('drops single quiz answers and single quiz details, keeping the quiz', () => {
    const quizzes = {
      good: { answers: { q1: { selected: ['a'], correct: true, answeredAt: at }, q2: { selected: 'a' } }, bestScore: 2 },
      'not-an-object': 5,
    };
    const { progress, lost } = salvageProgress({ ...base, quizzes })!;
    expect(progress.quizzes).toEqual({ good: { answers: { q1: { selected: ['a'], correct: true, answeredAt: at } } } });
    expect(lost).toEqual(['quizzes.good.answers.q2', 'quizzes.good.bestScore', 'quizzes.not-an-object']);
  });

  it('keeps a role-play with a readable attempt count, dropping bad skills and a bad unfinished path', () => {
    const roleplays = {
      kept: { attempts: 2, skillsUsed: ['open-question', 'Not An Id'], current: { steps: 'x' }, bestOutcome: 'strong' },
      'no-skills': { attempts: 1 },
      lost: { attempts: -1, skillsUsed: [] },
    };
    const { progress, lost } = salvageProgress({ ...base, roleplays })!;
    expect(progress.roleplays).toEqual({
      kept: { attempts: 2, skillsUsed: ['open-question'], bestOutcome: 'strong' },
      'no-skills': { attempts: 1, skillsUsed: [] },
    });
    expect(lost).toEqual(['roleplays.kept.skillsUsed', 'roleplays.kept.current', 'roleplays.no-skills.skillsUsed', 'roleplays.lost']);
  });
});

describe('backups', () => {
  it('lists nothing when there is no storage, or storage will not be listed', () => {
    expect(listBackups(undefined)).toEqual([]);
    const blocked = new FakeStorage();
    blocked.disabled = true;
    Object.defineProperty(blocked, 'length', { get: () => 1 });
    expect(listBackups(blocked)).toEqual([]);
  });

  it('never removes a key that is not a backup, and gives two copies made in one instant different keys', () => {
    const storage = new FakeStorage();
    storage.values.set('alongside:progress', 'keep');
    expect(removeBackup(storage, 'alongside:progress')).toBe(false);
    const now = new Date(at);
    const first = keepBackup(storage, 'one', now);
    const second = keepBackup(storage, 'two', now);
    expect(first).not.toBe(second);
    expect(keepBackup(storage, 'one', now)).toBe(first); // the same text is not copied twice
    storage.disabled = true;
    expect(removeBackup(storage, first!)).toBe(false);
  });
});
