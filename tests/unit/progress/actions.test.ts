import { describe, expect, it } from 'vitest';
import {
  clearAnswer,
  markVisited,
  recordAnswer,
  recordQuizScore,
  recordRoleplayEnding,
  resetQuizAnswers,
  saveRoleplayPosition,
  setFacilitatorView,
  toggleSavedResource,
} from '../../../src/lib/progress/actions';
import { emptyProgress, progressSchema } from '../../../src/lib/progress/shape';

const first = '2026-11-24T10:00:00.000Z';
const second = '2026-11-25T10:00:00.000Z';
const quiz = 'active-listening-quiz';
const roleplay = 'listening-wants-advice';

describe('what a learner’s actions save', () => {
  it('keeps the date of the first visit to a module', () => {
    const progress = markVisited(markVisited(emptyProgress(), 'boundaries', first), 'boundaries', second);
    expect(progress.modules['boundaries']).toEqual({ visitedAt: first });
  });

  it('replaces the answer to a question answered again, and keeps the others', () => {
    let progress = recordAnswer(emptyProgress(), quiz, 'q1', ['a'], false, first);
    progress = recordAnswer(progress, quiz, 'q2', ['c'], true, first);
    progress = recordAnswer(progress, quiz, 'q1', ['b'], true, second);
    expect(progress.quizzes[quiz]?.answers).toEqual({
      q1: { selected: ['b'], correct: true, answeredAt: second },
      q2: { selected: ['c'], correct: true, answeredAt: first },
    });
  });

  it('clears one answer when a learner tries that question again', () => {
    let progress = recordAnswer(emptyProgress(), quiz, 'q1', ['a'], false, first);
    progress = recordAnswer(progress, quiz, 'q2', ['c'], true, first);
    expect(Object.keys(clearAnswer(progress, quiz, 'q1').quizzes[quiz]!.answers)).toEqual(['q2']);
  });

  it('changes nothing when clearing an answer that was never given', () => {
    const progress = recordAnswer(emptyProgress(), quiz, 'q1', ['a'], false, first);
    expect(clearAnswer(progress, quiz, 'q9')).toBe(progress);
    expect(clearAnswer(progress, 'another-quiz', 'q1')).toBe(progress);
  });

  it('keeps the best quiz score and the first completion date, and the latest score as the last one', () => {
    let progress = recordQuizScore(emptyProgress(), quiz, 0.9, first);
    progress = recordQuizScore(progress, quiz, 0.6, second);
    expect(progress.quizzes[quiz]).toMatchObject({ lastScore: 0.6, bestScore: 0.9, completedAt: first });
  });

  it('starts a quiz over without losing the best score or completion date', () => {
    let progress = recordAnswer(emptyProgress(), quiz, 'q1', ['a'], true, first);
    progress = recordQuizScore(progress, quiz, 1, first);
    expect(resetQuizAnswers(progress, quiz).quizzes[quiz]).toEqual({ answers: {}, lastScore: 1, bestScore: 1, completedAt: first });
  });

  it('changes nothing when starting over a quiz never begun', () => {
    const progress = emptyProgress();
    expect(resetQuizAnswers(progress, quiz)).toBe(progress);
  });

  it('saves where a learner is in a role-play, and forgets the position when they go back to the start', () => {
    const steps = [
      { node: 'start', choice: 'ask-open' },
      { node: 'opens-up', choice: 'reflect' },
    ];
    const saved = saveRoleplayPosition(emptyProgress(), roleplay, steps, first);
    expect(saved.roleplays[roleplay]).toEqual({ attempts: 0, skillsUsed: [], current: { steps, updatedAt: first } });
    expect(saveRoleplayPosition(saved, roleplay, [], second).roleplays[roleplay]).toEqual({ attempts: 0, skillsUsed: [] });
  });

  it('counts each finished role-play, keeps the best ending and every skill used, and ends the half-way position', () => {
    let progress = saveRoleplayPosition(emptyProgress(), roleplay, [{ node: 'start', choice: 'ask-open' }], first);
    progress = recordRoleplayEnding(progress, roleplay, 'ending-own-plan', 'strong', ['open-question', 'affirmation'], first);
    progress = saveRoleplayPosition(progress, roleplay, [], first); // the island clears the position on an ending
    progress = recordRoleplayEnding(progress, roleplay, 'ending-walked-away', 'missed', ['judgement', 'open-question'], second);
    expect(progress.roleplays[roleplay]).toEqual({
      attempts: 2,
      bestOutcome: 'strong',
      lastEnding: 'ending-walked-away',
      skillsUsed: ['open-question', 'affirmation', 'judgement'],
      completedAt: first,
    });
  });

  it('saves a resource to "My resources", and removes it when toggled again', () => {
    const saved = toggleSavedResource(emptyProgress(), '988-lifeline', first);
    expect(saved.resources).toEqual({ '988-lifeline': { savedAt: first } });
    expect(toggleSavedResource(saved, '988-lifeline', second).resources).toEqual({});
  });

  it('remembers the facilitator view switch', () => {
    expect(setFacilitatorView(emptyProgress(), true).settings).toEqual({ facilitatorView: true });
    expect(setFacilitatorView(setFacilitatorView(emptyProgress(), true), false).settings).toEqual({ facilitatorView: false });
  });

  it('never changes the progress it was given, and always returns a shape the store can save', () => {
    const before = recordAnswer(markVisited(emptyProgress(), 'boundaries', first), quiz, 'q1', ['a'], true, first);
    const snapshot = structuredClone(before);
    const after = [
      (p: typeof before) => markVisited(p, 'active-listening', second),
      (p: typeof before) => recordAnswer(p, quiz, 'q2', ['b'], false, second),
      (p: typeof before) => clearAnswer(p, quiz, 'q1'),
      (p: typeof before) => recordQuizScore(p, quiz, 0.5, second),
      (p: typeof before) => resetQuizAnswers(p, quiz),
      (p: typeof before) => saveRoleplayPosition(p, roleplay, [{ node: 'start', choice: 'ask-open' }], second),
      (p: typeof before) => recordRoleplayEnding(p, roleplay, 'ending-own-plan', 'mixed', ['summary'], second),
      (p: typeof before) => toggleSavedResource(p, '988-lifeline', second),
      (p: typeof before) => setFacilitatorView(p, true),
    ].map((change) => change(before));
    expect(before).toEqual(snapshot);
    for (const progress of after) expect(progressSchema.safeParse(progress).success).toBe(true);
  });
});
