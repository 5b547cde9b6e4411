import { describe, expect, it } from 'vitest';
import { emptyPlan, toPlannerModules, type Plan } from '../../../src/lib/planner/plan';
import { buildSchedule } from '../../../src/lib/planner/schedule';
import { resolveSlide, toSessionContent, type SessionContent } from '../../../src/lib/session/content';
import { sessionSteps } from '../../../src/lib/session/steps';
import { placeFromSearch, placeToSearch, readSyncMessage, sessionChannel } from '../../../src/lib/session/sync';
import { loadModules, loadQuizzes, loadRoleplays } from '../content-loader';
import { catalogue } from '../planner/fixtures';

const plan = (changes: Partial<Plan>): Plan => ({ ...emptyPlan(), ...changes });

const moduleData = {
  objectives: ['Name the six kinds', 'Say no kindly'],
  keyPoints: ['First point', 'Second point', 'Third point'],
  facilitator: { agenda: [], prompts: ['Which boundary is hardest?', 'Who helped you?'] },
};
const roleplays = [{ id: 'loan', data: { module: 'boundaries', title: 'The loan', premise: 'Tanya asks for money.' } }];

describe('a talk segment’s slide', () => {
  it('shows the objectives for a welcome', () => {
    expect(resolveSlide(moduleData, { objectives: true }, roleplays)).toEqual({
      list: 'objectives',
      lines: moduleData.objectives,
      prompt: undefined,
      scenario: undefined,
    });
  });

  it('shows the key points, prompt and scenario it names, counting from 1', () => {
    expect(resolveSlide(moduleData, { points: [3, 1], prompt: 2, scenario: 'loan' }, roleplays)).toEqual({
      list: 'points',
      lines: ['Third point', 'First point'],
      prompt: 'Who helped you?',
      scenario: { title: 'The loan', premise: 'Tanya asks for money.' },
    });
  });
});

const content: SessionContent = {
  listening: {
    items: {
      welcome: { notes: 'Say hello.', slide: { list: 'objectives', lines: ['Listen'] } },
      'pairs-practice': { notes: 'Time it.' },
      debrief: {},
    },
    quizzes: [{ title: 'Listening quiz', path: '/room/quiz/listening-quiz/' }],
    roleplays: [{ title: 'Dana', path: '/room/roleplay/dana/' }],
  },
};

describe('a plan as the steps of a session', () => {
  it('plays the run sheet in order: slides for talks, activities, added breaks and breaks between modules', () => {
    const steps = sessionSteps(
      buildSchedule(
        plan({ modules: ['listening', 'boundaries'], breaks: [{ module: 'listening', index: 0, minutes: 5 }], breakMinutes: 10 }),
        catalogue,
      ),
      content,
    );
    expect(steps.map((step) => [step.key, step.type, step.minutes])).toEqual([
      ['listening:welcome', 'slide', 10],
      ['listening:added-0', 'break', 5],
      ['listening:pairs-practice', 'activity', 20],
      ['listening:debrief', 'activity', 30],
      ['between-1', 'break', 10],
      // No content for this module: a talk without a slide is shown as an activity.
      ['boundaries:talk', 'activity', 15],
      ['boundaries:break', 'break', 5],
      ['boundaries:triads', 'activity', 25],
    ]);
    expect(steps[0]).toMatchObject({
      label: 'Welcome',
      notes: 'Say hello.',
      slide: { lines: ['Listen'] },
      start: 9 * 60,
      end: 9 * 60 + 10,
    });
    expect(steps[1]).toMatchObject({ label: '', module: { id: 'listening' } });
    expect(steps[4]!.module).toBeUndefined();
  });

  it('offers the module’s room quiz at a quiz and its role-plays at a role-play or triads', () => {
    const quizModule = [{ ...catalogue[0]!, agenda: [{ id: 'quiz', activity: 'Quiz', minutes: 10, kind: 'quiz', core: true }] }];
    const playModule = [{ ...catalogue[0]!, agenda: [{ id: 'debrief', activity: 'Triads', minutes: 10, kind: 'triads', core: true }] }];
    expect(sessionSteps(buildSchedule(plan({ modules: ['listening'] }), quizModule), content)[0]!.room).toEqual(content.listening!.quizzes);
    expect(sessionSteps(buildSchedule(plan({ modules: ['listening'] }), playModule), content)[0]!.room).toEqual(
      content.listening!.roleplays,
    );
    expect(sessionSteps(buildSchedule(plan({ modules: ['listening'] }), quizModule), {})[0]!.room).toEqual([]);
  });
});

describe('keeping two windows in step', () => {
  it('names one channel per plan', () => {
    expect(sessionChannel('?m=boundaries')).not.toBe(sessionChannel('?m=active-listening'));
  });

  it('accepts only well-formed messages about steps that exist', () => {
    expect(readSyncMessage({ type: 'hello' }, 3)).toEqual({ type: 'hello' });
    expect(readSyncMessage({ type: 'step', step: 2 }, 3)).toEqual({ type: 'step', step: 2 });
    for (const bad of [null, 'step', 7, { type: 'step', step: 3 }, { type: 'step', step: -1 }, { type: 'step', step: 1.5 }, { type: 'go' }])
      expect(readSyncMessage(bad, 3)).toBeUndefined();
  });

  it('reads and writes the step (from 1 in the address) and the view', () => {
    expect(placeFromSearch('?m=a&step=3&view=presenter', 5)).toEqual({ step: 2, presenter: true });
    for (const search of ['?m=a', '?step=0', '?step=6', '?step=two'])
      expect(placeFromSearch(search, 5)).toEqual({ step: 0, presenter: false });
    expect(placeToSearch('?m=a', { step: 2, presenter: true })).toBe('?m=a&step=3&view=presenter');
    expect(placeToSearch('', { step: 0, presenter: false })).toBe('?step=1');
  });
});

describe('the real modules', () => {
  const loaded = loadModules().flatMap((module) => (module.data ? [{ id: module.id, data: module.data }] : []));
  const sessionContent = toSessionContent(
    loaded,
    loadRoleplays().flatMap((entry) => (entry.data ? [{ id: entry.id, data: entry.data }] : [])),
    loadQuizzes().flatMap((entry) => (entry.data ? [{ id: entry.id, data: entry.data }] : [])),
  );
  const modules = toPlannerModules(loaded);

  it('give every talk segment of every module a slide with something on it', () => {
    const steps = sessionSteps(buildSchedule(plan({ modules: modules.map((module) => module.id) }), modules), sessionContent);
    const talks = steps.filter((step) => step.kind === 'talk');
    expect(talks.length).toBeGreaterThan(30);
    expect(talks.filter((step) => step.type !== 'slide' || step.slide!.lines.length === 0).map((step) => step.key)).toEqual([]);
  });

  it('offer each module’s room quiz at its quiz step', () => {
    const steps = sessionSteps(buildSchedule(plan({ modules: ['boundaries'] }), modules), sessionContent);
    expect(steps.find((step) => step.kind === 'quiz')!.room.map((link) => link.path)).toEqual(['/room/quiz/boundaries-quiz/']);
  });
});
