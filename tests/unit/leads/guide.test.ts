import { describe, expect, it } from 'vitest';
import { EVALUATION_PLAN_PATH, PROGRAM_LEADS_PATH, guidePath, inGuideOrder, nextInGuide } from '../../../src/lib/leads/guide';

const entry = (id: string, order: number) => ({ id, data: { order } });

describe('the guide for program leads: paths and order', () => {
  it('places every page under the trainers section', () => {
    expect(PROGRAM_LEADS_PATH).toBe('/trainers/program-leads/');
    expect(guidePath('why-it-works')).toBe('/trainers/program-leads/why-it-works/');
    expect(EVALUATION_PLAN_PATH).toBe('/trainers/program-leads/evaluation-plan/');
  });

  it('orders by order number, then by id, without changing the list it was given', () => {
    const given = [entry('c', 2), entry('b', 1), entry('a', 2)];
    expect(inGuideOrder(given).map((item) => item.id)).toEqual(['b', 'a', 'c']);
    expect(given.map((item) => item.id)).toEqual(['c', 'b', 'a']);
  });

  it('finds the next page, and none after the last or for an unknown id', () => {
    const given = [entry('measuring', 3), entry('why', 1), entry('design', 2)];
    expect(nextInGuide(given, 'why')?.id).toBe('design');
    expect(nextInGuide(given, 'measuring')).toBeUndefined();
    expect(nextInGuide(given, 'missing')).toBeUndefined();
  });
});
