import { describe, expect, it } from 'vitest';
import {
  markVisited,
  recordAnswer,
  recordQuizScore,
  recordRoleplayEnding,
  saveRoleplayPosition,
  setFacilitatorView,
  toggleSavedResource,
} from '../../../src/lib/progress/actions';
import { bestOutcome, mergeProgress } from '../../../src/lib/progress/merge';
import { emptyProgress } from '../../../src/lib/progress/shape';

const monday = '2026-11-23T10:00:00.000Z';
const tuesday = '2026-11-24T10:00:00.000Z';
const wednesday = '2026-11-25T10:00:00.000Z';
const quiz = 'active-listening-quiz';
const roleplay = 'listening-wants-advice';

describe('the better of two role-play endings', () => {
  it('ranks strong over mixed over missed, whichever comes first', () => {
    expect(bestOutcome('missed', 'strong')).toBe('strong');
    expect(bestOutcome('strong', 'mixed')).toBe('strong');
    expect(bestOutcome('mixed', 'missed')).toBe('mixed');
  });

  it('takes the one there is when only one attempt has ended', () => {
    expect(bestOutcome(undefined, 'missed')).toBe('missed');
    expect(bestOutcome('mixed', undefined)).toBe('mixed');
    expect(bestOutcome(undefined, undefined)).toBeUndefined();
  });
});

describe('merging an imported file with this device', () => {
  it('keeps the earliest visit to each module and every module visited on either', () => {
    const device = markVisited(markVisited(emptyProgress(), 'boundaries', tuesday), 'role-and-scope', tuesday);
    const file = markVisited(emptyProgress(), 'boundaries', monday);
    expect(mergeProgress(device, file).modules).toEqual({ boundaries: { visitedAt: monday }, 'role-and-scope': { visitedAt: tuesday } });
  });

  it('keeps the newer answer to each question, the best score, the first completion and the last score of the later completion', () => {
    let device = recordAnswer(emptyProgress(), quiz, 'q1', ['a'], false, monday);
    device = recordAnswer(device, quiz, 'q2', ['c'], true, wednesday);
    device = recordQuizScore(device, quiz, 0.9, monday);
    let file = recordAnswer(emptyProgress(), quiz, 'q1', ['b'], true, tuesday);
    file = recordAnswer(file, quiz, 'q2', ['d'], false, monday);
    file = recordQuizScore(file, quiz, 0.6, tuesday);
    expect(mergeProgress(device, file).quizzes[quiz]).toEqual({
      answers: {
        q1: { selected: ['b'], correct: true, answeredAt: tuesday },
        q2: { selected: ['c'], correct: true, answeredAt: wednesday },
      },
      lastScore: 0.6,
      bestScore: 0.9,
      completedAt: monday,
    });
  });

  it('leaves out scores neither side has, rather than saving empty fields', () => {
    const device = recordAnswer(emptyProgress(), quiz, 'q1', ['a'], false, monday);
    const file = recordAnswer(emptyProgress(), quiz, 'q2', ['b'], true, tuesday);
    expect(Object.keys(mergeProgress(device, file).quizzes[quiz]!)).toEqual(['answers']);
  });

  it('resumes a half-finished role-play from the position saved more recently', () => {
    const device = saveRoleplayPosition(emptyProgress(), roleplay, [{ node: 'start', choice: 'ask-open' }], monday);
    const file = saveRoleplayPosition(emptyProgress(), roleplay, [{ node: 'start', choice: 'advise' }], tuesday);
    expect(mergeProgress(device, file).roleplays[roleplay]?.current).toEqual({
      steps: [{ node: 'start', choice: 'advise' }],
      updatedAt: tuesday,
    });
    expect(mergeProgress(file, device).roleplays[roleplay]?.current?.updatedAt).toBe(tuesday);
  });

  it('keeps the more attempts, the better ending, the first finish and the ending of the side that finished later', () => {
    const device = recordRoleplayEnding(emptyProgress(), roleplay, 'ending-own-plan', 'strong', ['open-question'], monday);
    let file = recordRoleplayEnding(emptyProgress(), roleplay, 'ending-walked-away', 'missed', ['judgement'], tuesday);
    file = recordRoleplayEnding(file, roleplay, 'ending-walked-away', 'missed', [], wednesday);
    expect(mergeProgress(device, file).roleplays[roleplay]).toEqual({
      attempts: 2,
      bestOutcome: 'strong',
      lastEnding: 'ending-walked-away',
      skillsUsed: ['open-question', 'judgement'],
      completedAt: monday,
    });
  });

  it('keeps every saved resource, with the date it was first saved', () => {
    const device = toggleSavedResource(emptyProgress(), '988-lifeline', tuesday);
    const file = toggleSavedResource(toggleSavedResource(emptyProgress(), '988-lifeline', monday), 'crisis-text-line', wednesday);
    expect(mergeProgress(device, file).resources).toEqual({
      '988-lifeline': { savedAt: monday },
      'crisis-text-line': { savedAt: wednesday },
    });
  });

  it('takes the imported file’s settings and the later save time', () => {
    const device = { ...setFacilitatorView(emptyProgress(), false), updatedAt: wednesday };
    const file = { ...setFacilitatorView(emptyProgress(), true), updatedAt: monday };
    const merged = mergeProgress(device, file);
    expect(merged.settings).toEqual({ facilitatorView: true });
    expect(merged.updatedAt).toBe(wednesday);
  });
});
