import { describe, expect, it } from 'vitest';
import { competencyIds } from '../../src/content/schemas/common';
import { competencyNames } from '../../src/lib/curriculum/competencies';
import { inCourseOrder, neighbours, totalMinutes } from '../../src/lib/curriculum/order';
import { loadModules, loadQuizzes } from './content-loader';

const modules = loadModules().flatMap((module) => (module.data ? [{ id: module.id, data: module.data }] : []));

describe('the curriculum as a whole', () => {
  it('has the ten modules of the content brief first, then any certification-depth modules, in order', () => {
    const orders = inCourseOrder(modules).map((module) => module.data.order);
    expect(orders.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(orders).toEqual([...new Set(orders)].sort((a, b) => a - b));
  });

  const foundations = [
    'role-and-scope',
    'active-listening',
    'boundaries',
    'trauma-informed-language',
    'crisis-referral',
    'confidentiality-and-ethics',
  ];

  it('marks the six foundation modules as required: scope and ethics come before working with a newcomer', () => {
    expect(
      modules
        .filter((module) => module.data.required)
        .map((module) => module.id)
        .sort(),
    ).toEqual([...foundations].sort());
  });

  it('has one course order: the suggested path is the numbering, with the foundations first and prerequisites before', () => {
    // The home page's suggested path, the numbers, the pager and My progress all use inCourseOrder.
    const path = inCourseOrder(modules).map((module) => module.id);
    expect(path.slice(0, foundations.length)).toEqual(foundations);
    path.forEach((id, index) => {
      const module = modules.find((candidate) => candidate.id === id)!;
      for (const prerequisite of module.data.prerequisites)
        expect(path.indexOf(prerequisite), `${id} comes before ${prerequisite}`).toBeLessThan(index);
    });
  });

  it('builds every one of SAMHSA’s twelve competency areas in at least one module and one quiz question', () => {
    const questions = loadQuizzes().flatMap((quiz) => quiz.data?.questions ?? []);
    const missing = competencyIds.filter((id) => !modules.some((module) => module.data.competencies.includes(id)));
    expect(missing.map((id) => `no module builds "${competencyNames[id]}"`)).toEqual([]);
    const unchecked = competencyIds.filter((id) => !questions.some((question) => question.competency === id));
    expect(unchecked.map((id) => `no quiz question checks "${competencyNames[id]}"`)).toEqual([]);
  });

  it('links each module to the next and previous in order', () => {
    const ordered = inCourseOrder(modules);
    expect(neighbours(modules, ordered[0]!.id)).toEqual({ next: ordered[1] });
    const last = ordered.length - 1;
    expect(neighbours(modules, ordered[last]!.id)).toEqual({ previous: ordered[last - 1] });
    expect(totalMinutes(modules)).toBe(modules.reduce((sum, module) => sum + module.data.minutes, 0));
  });
});
