import { describe, expect, it } from 'vitest';
import {
  addBreakAfter,
  moveModule,
  removeBreakAfter,
  setActivityIncluded,
  setBreakAfterMinutes,
  setModuleChosen,
} from '../../../src/lib/planner/edit';
import { emptyPlan, type Plan } from '../../../src/lib/planner/plan';
import { catalogue } from './fixtures';

const plan = (changes: Partial<Plan>): Plan => ({ ...emptyPlan(), ...changes });
const choose = (start: Plan, ...ids: string[]) => ids.reduce((current, id) => setModuleChosen(current, id, true, catalogue), start);

describe('choosing modules', () => {
  it('puts chosen modules in course order, whatever order they are ticked in', () => {
    expect(choose(emptyPlan(), 'self-care', 'listening', 'boundaries').modules).toEqual(['listening', 'boundaries', 'self-care']);
  });

  it('after a reorder, slots a new module before the first one that comes later in the course', () => {
    const reordered = plan({ modules: ['self-care', 'listening'] });
    expect(choose(reordered, 'boundaries').modules).toEqual(['boundaries', 'self-care', 'listening']);
  });

  it('ignores unknown modules and modules already chosen', () => {
    const start = plan({ modules: ['listening'] });
    expect(choose(start, 'listening', 'nope')).toEqual(start);
  });

  it('forgets a removed module’s left-out activities and added breaks, so it comes back whole', () => {
    const start = plan({
      modules: ['listening', 'boundaries'],
      skipped: [
        { module: 'listening', index: 0 },
        { module: 'boundaries', index: 1 },
      ],
      breaks: [{ module: 'listening', index: 2, minutes: 5 }],
    });
    const removed = setModuleChosen(start, 'listening', false, catalogue);
    expect(removed).toEqual(plan({ modules: ['boundaries'], skipped: [{ module: 'boundaries', index: 1 }] }));
    expect(choose(removed, 'listening').modules).toEqual(['listening', 'boundaries']);
  });

  it('moves a module earlier or later, and no further than the ends', () => {
    const start = plan({ modules: ['listening', 'boundaries', 'self-care'] });
    expect(moveModule(start, 'self-care', -1).modules).toEqual(['listening', 'self-care', 'boundaries']);
    expect(moveModule(start, 'listening', 1).modules).toEqual(['boundaries', 'listening', 'self-care']);
    expect(moveModule(start, 'listening', -1)).toBe(start);
    expect(moveModule(start, 'self-care', 1)).toBe(start);
    expect(moveModule(start, 'nope', 1)).toBe(start);
  });
});

describe('activities and added breaks', () => {
  const ref = { module: 'listening', index: 1 };

  it('leaves an activity out and brings it back', () => {
    const without = setActivityIncluded(plan({ modules: ['listening'] }), ref, false);
    expect(without.skipped).toEqual([ref]);
    expect(setActivityIncluded(without, ref, false).skipped).toEqual([ref]);
    expect(setActivityIncluded(without, ref, true).skipped).toEqual([]);
  });

  it('adds one break per activity, changes its length and removes it', () => {
    const added = addBreakAfter(plan({ modules: ['listening'] }), ref);
    expect(added.breaks).toEqual([{ ...ref, minutes: 10 }]);
    expect(addBreakAfter(added, ref, 30)).toBe(added);
    expect(setBreakAfterMinutes(added, ref, 25).breaks).toEqual([{ ...ref, minutes: 25 }]);
    expect(removeBreakAfter(added, ref).breaks).toEqual([]);
  });
});
