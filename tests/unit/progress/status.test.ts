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
import { emptyProgress, type Progress } from '../../../src/lib/progress/shape';
import { isEmpty, moduleStatus, nextModule, type ModuleSummary } from '../../../src/lib/progress/status';

const at = '2026-11-24T10:00:00.000Z';
const later = '2026-11-25T09:00:00.000Z';

function summary(id: string, order: number, required: boolean, exercises: { quiz?: string; roleplay?: string } = {}): ModuleSummary {
  return {
    id,
    title: `Module ${order}`,
    order,
    minutes: 60,
    required,
    quizzes: exercises.quiz ? [{ id: exercises.quiz, title: 'Quiz', passMark: 0.8, questionIds: ['q1', 'q2', 'q3', 'q4', 'q5'] }] : [],
    roleplays: exercises.roleplay ? [{ id: exercises.roleplay, title: 'Role-play' }] : [],
  };
}

const listening = summary('active-listening', 2, true, { quiz: 'listening-quiz', roleplay: 'wants-advice' });
const finishQuiz = (progress: Progress, score: number, when = at) => recordQuizScore(progress, 'listening-quiz', score, when);
const finishRoleplay = (progress: Progress, when = at) =>
  recordRoleplayEnding(progress, 'wants-advice', 'ending-own-plan', 'mixed', [], when);

describe('the state of one module', () => {
  it('is not started until the learner opens it, then visited', () => {
    expect(moduleStatus(listening, emptyProgress()).state).toBe('not-started');
    expect(moduleStatus(listening, markVisited(emptyProgress(), 'active-listening', at)).state).toBe('visited');
  });

  it('is in progress once one quiz question is answered, and counts the answers', () => {
    const progress = recordAnswer(emptyProgress(), 'listening-quiz', 'q1', ['a'], false, at);
    const status = moduleStatus(listening, progress);
    expect(status.state).toBe('in-progress');
    expect(status.quizzes[0]).toMatchObject({ answered: 1, questions: 5, bestScore: undefined, passed: false });
  });

  it('counts only answers to questions the quiz still has: one since removed or renamed is not counted', () => {
    const progress = recordAnswer(
      recordAnswer(emptyProgress(), 'listening-quiz', 'q2', ['b'], true, at),
      'listening-quiz',
      'q9-removed',
      ['a'],
      true,
      at,
    );
    expect(moduleStatus(listening, progress).quizzes[0]).toMatchObject({ answered: 1, questions: 5 });
    // Only an answer to a removed question: the learner has not started what the quiz asks now.
    const stale = recordAnswer(markVisited(emptyProgress(), 'active-listening', at), 'listening-quiz', 'q9-removed', ['a'], true, at);
    expect(moduleStatus(listening, stale)).toMatchObject({ state: 'visited', quizzes: [{ answered: 0, questions: 5 }] });
  });

  it('is in progress while a role-play is half-way through, even before any attempt is finished', () => {
    const progress = saveRoleplayPosition(emptyProgress(), 'wants-advice', [{ node: 'start', choice: 'ask' }], at);
    const status = moduleStatus(listening, progress);
    expect(status.state).toBe('in-progress');
    expect(status.roleplays[0]).toMatchObject({ attempts: 0, inProgress: true });
  });

  it('stays in progress while a quiz score is below the pass mark, even with every role-play played', () => {
    const status = moduleStatus(listening, finishRoleplay(finishQuiz(emptyProgress(), 0.6)));
    expect(status.state).toBe('in-progress');
    expect(status.quizzes[0]).toMatchObject({ bestScore: 0.6, passed: false });
    expect(status.completedAt).toBeUndefined();
  });

  it('stays in progress while a role-play has never been finished, even with the quiz passed', () => {
    expect(moduleStatus(listening, finishQuiz(emptyProgress(), 1)).state).toBe('in-progress');
  });

  it('is completed when every quiz reaches its pass mark (exactly the mark passes) and every role-play is finished once', () => {
    const status = moduleStatus(listening, finishRoleplay(finishQuiz(emptyProgress(), 0.8)));
    expect(status.state).toBe('completed');
    expect(status.quizzes[0]?.passed).toBe(true);
  });

  it('counts a finished role-play whatever its ending: practice, not perfection, completes it', () => {
    const missed = recordRoleplayEnding(finishQuiz(emptyProgress(), 1), 'wants-advice', 'ending-walked-away', 'missed', [], at);
    const status = moduleStatus(listening, missed);
    expect(status.state).toBe('completed');
    expect(status.roleplays[0]).toMatchObject({ attempts: 1, bestOutcome: 'missed', inProgress: false });
  });

  it('dates completion by the last exercise it needed, as first finished', () => {
    let progress = finishQuiz(emptyProgress(), 0.9, at);
    progress = finishRoleplay(progress, later);
    progress = finishQuiz(progress, 1, '2026-12-01T00:00:00.000Z'); // a retake later does not move the date
    expect(moduleStatus(listening, progress).completedAt).toBe(later);
  });

  it('is never completed when it has no exercises: visiting it is all a learner can do', () => {
    const reading = summary('reading-only', 9, false);
    expect(moduleStatus(reading, markVisited(emptyProgress(), 'reading-only', at)).state).toBe('visited');
  });

  it('ignores progress saved for other modules', () => {
    const other = recordAnswer(markVisited(emptyProgress(), 'boundaries', at), 'boundaries-quiz', 'q1', ['a'], true, at);
    expect(moduleStatus(listening, other).state).toBe('not-started');
  });
});

describe('the module to suggest next', () => {
  const scope = summary('role-and-scope', 1, true, { quiz: 'scope-quiz' });
  const boundaries = summary('boundaries', 3, true, { quiz: 'boundaries-quiz' });
  const optional = summary('self-care', 4, false, { quiz: 'self-care-quiz' });
  const modules = [optional, boundaries, listening, scope]; // not in course order, on purpose
  const pass = (progress: Progress, quiz: string) => recordQuizScore(progress, quiz, 1, at);

  it('is the first module in course order for someone who has not started', () => {
    expect(nextModule(modules, emptyProgress())?.id).toBe('role-and-scope');
  });

  it('is a module already in progress, before any earlier one not yet started', () => {
    const progress = recordAnswer(emptyProgress(), 'boundaries-quiz', 'q1', ['a'], true, at);
    expect(nextModule(modules, progress)?.id).toBe('boundaries');
  });

  it('is the first required module not completed, before an optional one', () => {
    const progress = pass(emptyProgress(), 'scope-quiz');
    expect(nextModule([optional, scope, boundaries], progress)?.id).toBe('boundaries');
  });

  it('is an optional module once every required one is completed', () => {
    const progress = pass(pass(emptyProgress(), 'scope-quiz'), 'boundaries-quiz');
    expect(nextModule([optional, scope, boundaries], progress)?.id).toBe('self-care');
  });

  it('is nothing once every module is completed', () => {
    const progress = ['scope-quiz', 'boundaries-quiz', 'self-care-quiz'].reduce(pass, emptyProgress());
    expect(nextModule([optional, scope, boundaries], progress)).toBeUndefined();
  });
});

describe('whether anything has been saved', () => {
  it('is empty for someone who has not started', () => {
    expect(isEmpty(emptyProgress())).toBe(true);
  });

  it('is not empty after a visit, an answer, a role-play or a saved resource', () => {
    const changes: ((progress: Progress) => Progress)[] = [
      (p) => markVisited(p, 'boundaries', at),
      (p) => recordAnswer(p, 'listening-quiz', 'q1', ['a'], true, at),
      (p) => saveRoleplayPosition(p, 'wants-advice', [{ node: 'start', choice: 'ask' }], at),
      (p) => toggleSavedResource(p, '988-lifeline', at),
    ];
    for (const change of changes) expect(isEmpty(change(emptyProgress()))).toBe(false);
  });

  it('counts a trainer’s view setting as no progress', () => {
    expect(isEmpty(setFacilitatorView(emptyProgress(), true))).toBe(true);
  });
});
