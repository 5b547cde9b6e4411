import { describe, expect, it } from 'vitest';
import { exerciseStatusAfter, hasSavedState, heldButton, parseExercise } from '../../../src/lib/exercises/wake';
import { recordAnswer, recordQuizScore, saveRoleplayPosition } from '../../../src/lib/progress/actions';
import { emptyProgress } from '../../../src/lib/progress/shape';

const at = '2026-11-24T10:00:00.000Z';

describe('which exercises wake before a touch', () => {
  it('reads the mark an island carries', () => {
    expect(parseExercise('quiz:boundaries-quiz')).toEqual({ kind: 'quiz', id: 'boundaries-quiz' });
    expect(parseExercise('roleplay:loan')).toEqual({ kind: 'roleplay', id: 'loan' });
    expect(parseExercise('planner:x')).toBeUndefined();
    expect(parseExercise('quiz:')).toBeUndefined();
  });

  it('wakes a quiz with a saved answer or a best score, and a role-play with a reply played', () => {
    const empty = emptyProgress();
    expect(hasSavedState(empty, 'quiz:q')).toBe(false);
    expect(hasSavedState(empty, 'roleplay:r')).toBe(false);
    expect(hasSavedState(empty, 'nonsense')).toBe(false);

    const answered = recordAnswer(empty, 'q', 'one', ['a'], true, at);
    expect(hasSavedState(answered, 'quiz:q')).toBe(true);
    expect(hasSavedState(answered, 'quiz:other')).toBe(false);

    // A quiz cleared with "start again" keeps its best score, which the page shows.
    const scored = recordQuizScore(empty, 'q', 0.5, at);
    expect(hasSavedState({ ...scored, quizzes: { q: { ...scored.quizzes.q!, answers: {} } } }, 'quiz:q')).toBe(true);

    const started = saveRoleplayPosition(empty, 'r', [{ node: 'n1', choice: 'c1' }], at);
    expect(hasSavedState(started, 'roleplay:r')).toBe(true);
    expect(hasSavedState(saveRoleplayPosition(started, 'r', [], at), 'roleplay:r')).toBe(false);
  });
});

describe('a press made before an island wakes', () => {
  const island = (inside: boolean) => ({ contains: () => inside });
  const target = (button: { disabled: boolean } | null) => ({ closest: () => button }) as unknown as EventTarget;

  it('is held when it was aimed at a working button inside the island', () => {
    const button = { disabled: false };
    expect(heldButton(target(button), island(true))).toBe(button);
  });

  it('is left alone anywhere else: not a button, a disabled one, outside the island, or no element', () => {
    expect(heldButton(target(null), island(true))).toBeUndefined();
    expect(heldButton(target({ disabled: true }), island(true))).toBeUndefined();
    expect(heldButton(target({ disabled: false }), island(false))).toBeUndefined();
    expect(heldButton(null, island(true))).toBeUndefined();
    expect(heldButton({} as EventTarget, island(true))).toBeUndefined();
  });
});

describe('the status element after an island', () => {
  const island = (next: unknown) => ({ nextElementSibling: next as Element | null });

  it('is the next element when it names an exercises file', () => {
    const status = { dataset: { exercises: '/modules/boundaries/exercises.json' } };
    expect(exerciseStatusAfter(island(status))).toBe(status);
  });

  it('is missing when the next element names none, or there is no next element', () => {
    expect(exerciseStatusAfter(island({ dataset: {} }))).toBeUndefined();
    expect(exerciseStatusAfter(island(null))).toBeUndefined();
  });
});
