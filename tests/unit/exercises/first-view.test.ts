import { describe, expect, it } from 'vitest';
import { openingScript, quizFirstView, rolePlayOpening } from '../../../src/lib/exercises/first-view';
import { exercisesPath, moduleExercises } from '../../../src/lib/exercises/module-exercises';
import { optionOrder } from '../../../src/lib/quiz/order';
import { replay } from '../../../src/lib/roleplay/engine';
import { choiceOrder } from '../../../src/lib/roleplay/order';
import { loadQuizzes, loadRoleplays } from '../content-loader';

const quizzes = loadQuizzes().flatMap((quiz) => (quiz.data ? [{ id: quiz.id, data: quiz.data }] : []));
const roleplays = loadRoleplays().flatMap((roleplay) => (roleplay.data ? [{ id: roleplay.id, data: roleplay.data }] : []));

describe("a quiz's first view", () => {
  it('carries every question and option a learner sees, and nothing that checking reveals', () => {
    for (const { id, data } of quizzes) {
      const view = quizFirstView(data);
      const text = JSON.stringify(view);
      for (const question of data.questions) {
        expect(text, `${id}: explanation of ${question.id}`).not.toContain(question.explanation);
        for (const option of question.options) expect(text, `${id}: feedback on ${option.id}`).not.toContain(option.feedback);
      }
      expect(text).not.toMatch(/"correct"|"competency"|"feedback"/);
      expect(view.questions.map((question) => question.id)).toEqual(data.questions.map((question) => question.id));
      // Same ids in the same order, so the page shuffles them exactly as the whole quiz would be.
      view.questions.forEach((question, index) => {
        const whole = data.questions[index]!;
        expect(optionOrder(id, question).map((option) => option.id)).toEqual(optionOrder(id, whole).map((option) => option.id));
      });
    }
  });

  it('keeps a scenario only where the question has one', () => {
    const view = quizFirstView({
      title: 'T',
      passMark: 0.8,
      questions: [
        { id: 'a', kind: 'single', prompt: 'Which?', options: [{ id: 'x', text: 'X' }] },
        { id: 'b', kind: 'multiple', scenario: 'Late at night.', prompt: 'Which?', options: [{ id: 'y', text: 'Y' }] },
      ],
    });
    expect('scenario' in view.questions[0]!).toBe(false);
    expect(view.questions[1]!.scenario).toBe('Late at night.');
  });
});

describe("a role-play's opening", () => {
  it('shows the first moment and its replies, in the order the whole script shows them, and nothing after', () => {
    for (const { id, data } of roleplays) {
      const opening = rolePlayOpening(data);
      const start = data.nodes.find((node) => node.id === data.start)!;
      const state = replay(openingScript(opening), []);
      expect(state.node?.says).toBe(start.says);
      expect(state.rapport).toBe(0);
      expect(choiceOrder(id, state.node!).map((choice) => choice.line)).toEqual(choiceOrder(id, start).map((choice) => choice.line));
      const text = JSON.stringify(opening);
      expect(text, id).not.toContain(start.thought);
      for (const ending of data.endings) expect(text, `${id}: ${ending.id}`).not.toContain(ending.debrief);
    }
  });

  it('keeps a stage direction only where the opening has one, and fails on a missing start', () => {
    const script = { start: 'n1', mentee: { name: 'Sam' }, nodes: [{ id: 'n1', says: 'Hi', choices: [{ id: 'c', line: 'Hello' }] }] };
    expect('direction' in rolePlayOpening(script).start).toBe(false);
    const directed = { ...script, nodes: [{ ...script.nodes[0]!, direction: 'quietly' }] };
    expect(rolePlayOpening(directed).start.direction).toBe('quietly');
    expect(() => rolePlayOpening({ ...script, start: 'gone' })).toThrow(/no start node "gone"/);
  });
});

describe("a module's exercises file", () => {
  it("holds that module's quizzes and role-plays in full, with the role-plays' resources", () => {
    const resources = [{ id: 'lifeline', name: 'Lifeline' }];
    const file = moduleExercises(
      'active-listening',
      quizzes,
      roleplays.map((roleplay) => ({ ...roleplay, resources })),
      (id) => `name of ${id}`,
    );
    const expectedQuizzes = quizzes.filter((quiz) => quiz.data.module === 'active-listening').map((quiz) => quiz.id);
    const expectedRoleplays = roleplays.filter((roleplay) => roleplay.data.module === 'active-listening').map((roleplay) => roleplay.id);
    expect(Object.keys(file.quizzes)).toEqual(expectedQuizzes);
    expect(Object.keys(file.roleplays)).toEqual(expectedRoleplays);
    expect(expectedRoleplays.length).toBeGreaterThan(0);
    for (const id of expectedRoleplays) expect(file.roleplays[id]!.resources).toEqual(resources);
    const tested = new Set(expectedQuizzes.flatMap((id) => file.quizzes[id]!.questions.map((question) => question.competency)));
    expect(Object.keys(file.competencies).sort()).toEqual([...tested].sort());
    for (const id of tested) expect(file.competencies[id]).toBe(`name of ${id}`);
  });

  it('is served under the base path', () => {
    expect(exercisesPath('/', 'boundaries')).toBe('/modules/boundaries/exercises.json');
    expect(exercisesPath('/training', 'boundaries')).toBe('/training/modules/boundaries/exercises.json');
  });
});
