import { describe, expect, it } from 'vitest';
import { competencyName } from '../../../src/lib/curriculum/competencies';
import { summarizeCurriculum } from '../../../src/lib/curriculum/summary';
import { loadModules, loadQuizzes, loadRoleplays } from '../content-loader';

const module = (id: string, order: number) => ({ id, data: { title: `Title of ${id}`, order, minutes: 45, required: order < 3 } });

describe('the per-module summary progress views use', () => {
  it('lists modules in course order, with their quizzes (and question counts) and role-plays', () => {
    const summary = summarizeCurriculum(
      [module('boundaries', 3), module('role-and-scope', 1)],
      [
        {
          id: 'boundaries-quiz',
          data: { module: 'boundaries', title: 'Boundaries quiz', passMark: 0.8, questions: [{ id: 'b1' }, { id: 'b2' }, { id: 'b3' }] },
        },
        { id: 'scope-quiz', data: { module: 'role-and-scope', title: 'Scope quiz', passMark: 0.7, questions: [{ id: 's1' }] } },
      ],
      [{ id: 'boundaries-gift', data: { module: 'boundaries', title: 'The gift' } }],
    );
    expect(summary).toEqual([
      {
        id: 'role-and-scope',
        title: 'Title of role-and-scope',
        order: 1,
        minutes: 45,
        required: true,
        quizzes: [{ id: 'scope-quiz', title: 'Scope quiz', passMark: 0.7, questionIds: ['s1'] }],
        roleplays: [],
      },
      {
        id: 'boundaries',
        title: 'Title of boundaries',
        order: 3,
        minutes: 45,
        required: false,
        quizzes: [{ id: 'boundaries-quiz', title: 'Boundaries quiz', passMark: 0.8, questionIds: ['b1', 'b2', 'b3'] }],
        roleplays: [{ id: 'boundaries-gift', title: 'The gift' }],
      },
    ]);
  });

  it('puts every real quiz and role-play under exactly one module, so progress pages miss none', () => {
    const data = <T>(entries: { id: string; data?: T }[]) =>
      entries.flatMap((entry) => (entry.data ? [{ id: entry.id, data: entry.data }] : []));
    const quizzes = data(loadQuizzes());
    const roleplays = data(loadRoleplays());
    const summary = summarizeCurriculum(data(loadModules()), quizzes, roleplays);
    expect(summary.flatMap((entry) => entry.quizzes.map((quiz) => quiz.id)).sort()).toEqual(quizzes.map((quiz) => quiz.id).sort());
    expect(summary.flatMap((entry) => entry.roleplays.map((roleplay) => roleplay.id)).sort()).toEqual(
      roleplays.map((roleplay) => roleplay.id).sort(),
    );
  });
});

describe('competency names', () => {
  it('gives SAMHSA’s wording for a competency id', () => {
    expect(competencyName('helps-manage-crises')).toBe('Helps peers to manage crises');
  });

  it('shows an unknown id as it is, rather than nothing', () => {
    expect(competencyName('new-competency')).toBe('new-competency');
  });
});
