import { describe, expect, it } from 'vitest';
import { emptyPlan, toPlannerModules, type Plan } from '../../../src/lib/planner/plan';
import { buildSchedule } from '../../../src/lib/planner/schedule';
import { agendaMinutes, availableTrims, targetStatus, trimToTarget } from '../../../src/lib/planner/target';
import { loadModules } from '../content-loader';
import { catalogue } from './fixtures';

const plan = (changes: Partial<Plan>): Plan => ({ ...emptyPlan(), ...changes });
const ids = (trims: ReturnType<typeof availableTrims>) => trims.map((trim) => `${trim.module.id}:${trim.item.id}`);

describe('a plan against its target length', () => {
  it('has no status without a target', () => {
    expect(targetStatus(plan({ modules: ['listening'] }), catalogue)).toBeUndefined();
  });

  it('says how far over or under the target the total is', () => {
    // listening 60 + 10 between + boundaries 45 = 115
    const both = plan({ modules: ['listening', 'boundaries'], target: 100 });
    expect(targetStatus(both, catalogue)).toEqual({ target: 100, total: 115, over: 15, spare: 0 });
    expect(targetStatus({ ...both, target: 120 }, catalogue)).toEqual({ target: 120, total: 115, over: 0, spare: 5 });
  });

  it('offers the optional activities still in the plan, in session order', () => {
    const both = plan({ modules: ['boundaries', 'listening'] });
    expect(ids(availableTrims(both, catalogue))).toEqual(['boundaries:triads', 'listening:pairs-practice']);
    const oneLeftOut = { ...both, skipped: [{ module: 'boundaries', index: 2 }] };
    expect(ids(availableTrims(oneLeftOut, catalogue))).toEqual(['listening:pairs-practice']);
    expect(availableTrims(plan({ modules: ['nope'] }), catalogue)).toEqual([]);
  });

  it('counts a module’s minutes in full or core only', () => {
    expect(catalogue.map((module) => [agendaMinutes(module), agendaMinutes(module, true)])).toEqual([
      [60, 40],
      [45, 20],
      [40, 0],
    ]);
  });
});

describe('trimming to fit', () => {
  it('changes nothing when there is no target or the plan already fits', () => {
    const fits = plan({ modules: ['listening'], target: 60 });
    expect(trimToTarget(fits, catalogue)).toEqual({ plan: fits, trimmed: [], fits: true });
    const noTarget = plan({ modules: ['listening'] });
    expect(trimToTarget(noTarget, catalogue).plan).toBe(noTarget);
  });

  it('leaves out as few minutes as fit the target, keeping as much of the session as it can', () => {
    // 115 minutes against 95: leaving out the 20-minute pairs is enough; the 25-minute triads would cut more.
    const { plan: trimmed, trimmed: out, fits } = trimToTarget(plan({ modules: ['listening', 'boundaries'], target: 95 }), catalogue);
    expect(fits).toBe(true);
    expect(ids(out)).toEqual(['listening:pairs-practice']);
    expect(buildSchedule(trimmed, catalogue).total).toBe(95);
  });

  it('leaves out more than one activity when one is not enough', () => {
    const { trimmed: out, fits, plan: trimmed } = trimToTarget(plan({ modules: ['listening', 'boundaries'], target: 70 }), catalogue);
    expect(fits).toBe(true);
    expect(ids(out)).toEqual(['listening:pairs-practice', 'boundaries:triads']);
    expect(buildSchedule(trimmed, catalogue).total).toBe(70);
  });

  it('prefers fewer activities, then later ones, among trims of equal length', () => {
    const twins = [
      {
        id: 'twins',
        title: 'Twins',
        order: 1,
        agenda: [
          { id: 'a', activity: 'A', minutes: 10, kind: 'pairs', core: false },
          { id: 'b', activity: 'B', minutes: 10, kind: 'pairs', core: false },
          { id: 'c', activity: 'C', minutes: 5, kind: 'pairs', core: false },
          { id: 'd', activity: 'D', minutes: 5, kind: 'pairs', core: false },
        ],
      },
    ];
    expect(ids(trimToTarget(plan({ modules: ['twins'], target: 20 }), twins).trimmed)).toEqual(['twins:b']);
  });

  it('keeps what the trainer left out and never brings anything back', () => {
    const start = plan({ modules: ['listening', 'boundaries'], target: 70, skipped: [{ module: 'listening', index: 0 }] });
    const { plan: trimmed } = trimToTarget(start, catalogue);
    expect(trimmed.skipped).toContainEqual({ module: 'listening', index: 0 });
  });

  it('leaves out every optional activity and says it still does not fit when the core alone is too long', () => {
    const { plan: trimmed, fits } = trimToTarget(plan({ modules: ['listening', 'boundaries'], target: 30 }), catalogue);
    expect(fits).toBe(false);
    expect(availableTrims(trimmed, catalogue)).toEqual([]);
    expect(buildSchedule(trimmed, catalogue).total).toBe(40 + 10 + 20);
  });
});

describe('the real modules', () => {
  const modules = toPlannerModules(loadModules().flatMap((module) => (module.data ? [{ id: module.id, data: module.data }] : [])));

  it('give a two-hour version of the boundaries module in one step', () => {
    const full = plan({ modules: ['boundaries'], target: 120 });
    expect(buildSchedule(full, modules).total).toBe(145);
    const { plan: twoHours, fits } = trimToTarget(full, modules);
    expect(fits).toBe(true);
    expect(buildSchedule(twoHours, modules).total).toBe(120);
  });
});
