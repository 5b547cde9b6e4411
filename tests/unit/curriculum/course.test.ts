import { describe, expect, it } from 'vitest';
import { courseProgress, inOrder, nextStep } from '../../../src/lib/curriculum/course';
import { markVisited, recordQuizScore, recordRoleplayEnding, setFacilitatorView } from '../../../src/lib/progress/actions';
import { allDone, requirements } from '../../../src/lib/progress/completion';
import { emptyProgress, type Progress } from '../../../src/lib/progress/shape';
import { moduleStatus, type ModuleSummary } from '../../../src/lib/progress/status';

const at = '2026-11-24T10:00:00.000Z';

function summary(id: string, order: number, required: boolean, quiz?: string, roleplay?: string): ModuleSummary {
  return {
    id,
    title: `Title of ${id}`,
    order,
    minutes: 60,
    required,
    quizzes: quiz ? [{ id: quiz, title: `Quiz ${quiz}`, passMark: 0.8, questionIds: ['q1', 'q2', 'q3', 'q4', 'q5'] }] : [],
    roleplays: roleplay ? [{ id: roleplay, title: `Role-play ${roleplay}` }] : [],
  };
}

const scope = summary('role-and-scope', 1, true, 'scope-quiz', 'scope-play');
const listening = summary('active-listening', 2, true, 'listening-quiz');
const selfCare = summary('self-care', 3, false, 'self-care-quiz');
const curriculum = [selfCare, listening, scope]; // not in course order, on purpose
const pass = (progress: Progress, quiz: string) => recordQuizScore(progress, quiz, 1, at);
const play = (progress: Progress, roleplay: string, outcome: 'strong' | 'mixed' | 'missed' = 'missed') =>
  recordRoleplayEnding(progress, roleplay, 'an-ending', outcome, [], at);

describe('what completes a module', () => {
  it('lists its role-plays, then its quiz, each with whether it is done', () => {
    const status = moduleStatus(scope, pass(emptyProgress(), 'scope-quiz'));
    expect(requirements(status)).toEqual([
      { kind: 'roleplay', id: 'scope-play', title: 'Role-play scope-play', done: false },
      { kind: 'quiz', id: 'scope-quiz', title: 'Quiz scope-quiz', done: true },
    ]);
    expect(allDone(requirements(status))).toBe(false);
  });

  it('counts a role-play played to a missed ending: practice, not perfection', () => {
    const status = moduleStatus(scope, play(pass(emptyProgress(), 'scope-quiz'), 'scope-play', 'missed'));
    expect(requirements(status).every((requirement) => requirement.done)).toBe(true);
    expect(status.state).toBe('completed');
  });

  it('is never met by a module with nothing to do', () => {
    expect(allDone([])).toBe(false);
  });
});

describe('the learner’s place in the course', () => {
  it('lists the modules in course order whatever order they come in', () => {
    expect(inOrder(curriculum).map((module) => module.id)).toEqual(['role-and-scope', 'active-listening', 'self-care']);
    expect(courseProgress(curriculum, emptyProgress()).modules.map((entry) => entry.module.id)).toEqual([
      'role-and-scope',
      'active-listening',
      'self-care',
    ]);
  });

  it('counts completed modules, and required ones apart', () => {
    const progress = pass(play(pass(emptyProgress(), 'scope-quiz'), 'scope-play'), 'self-care-quiz');
    expect(courseProgress(curriculum, progress)).toMatchObject({
      completed: 2,
      total: 3,
      required: { completed: 1, total: 2 },
      recordReady: false,
    });
  });

  it('offers the record once every required module is completed, optional ones or not', () => {
    const progress = pass(play(pass(emptyProgress(), 'scope-quiz'), 'scope-play'), 'listening-quiz');
    expect(courseProgress(curriculum, progress)).toMatchObject({ completed: 2, required: { completed: 2, total: 2 }, recordReady: true });
  });

  it('never offers the record for a course with no required modules', () => {
    expect(courseProgress([selfCare], pass(emptyProgress(), 'self-care-quiz')).recordReady).toBe(false);
  });
});

describe('what to do next, the same on every page', () => {
  it('is to start with the first module for someone with nothing saved (a setting is not progress)', () => {
    expect(nextStep(curriculum, emptyProgress())).toEqual({ module: scope, action: 'start' });
    expect(nextStep(curriculum, setFacilitatorView(emptyProgress(), true))).toEqual({ module: scope, action: 'start' });
  });

  it('is to continue the course once anything is saved, with the module the one rule picks', () => {
    expect(nextStep(curriculum, markVisited(emptyProgress(), 'active-listening', at))).toEqual({ module: scope, action: 'continue' });
    const started = recordQuizScore(emptyProgress(), 'listening-quiz', 0.2, at);
    expect(nextStep(curriculum, started)).toEqual({ module: listening, action: 'continue' });
    expect(courseProgress(curriculum, started).next).toEqual({ module: listening, action: 'continue' });
  });

  it('is nothing once every module is completed', () => {
    const all = pass(pass(play(pass(emptyProgress(), 'scope-quiz'), 'scope-play'), 'listening-quiz'), 'self-care-quiz');
    expect(nextStep(curriculum, all)).toBeUndefined();
  });
});
