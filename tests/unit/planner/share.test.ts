import { describe, expect, it } from 'vitest';
import { emptyPlan, parseClock, toPlannerModules, type Plan } from '../../../src/lib/planner/plan';
import { planFromSearch, planToSearch } from '../../../src/lib/planner/share';
import { buildSchedule } from '../../../src/lib/planner/schedule';
import { loadModules } from '../content-loader';
import { catalogue } from './fixtures';

const plan = (changes: Partial<Plan>): Plan => ({ ...emptyPlan(), ...changes });

describe('writing a plan into a link', () => {
  it('writes modules, start, break, left-out activities and added breaks, naming activities by their ids', () => {
    const search = planToSearch(
      plan({
        modules: ['listening', 'boundaries'],
        start: parseClock('09:30')!,
        breakMinutes: 10,
        skipped: [{ module: 'boundaries', index: 2 }],
        breaks: [{ module: 'listening', index: 0, minutes: 15 }],
      }),
      catalogue,
    );
    expect(search).toBe('?m=listening,boundaries&start=09:30&break=10&skip=boundaries:triads&breaks=listening:welcome:15');
  });

  it('adds the date only when there is one', () => {
    expect(planToSearch(plan({ modules: ['listening'], date: '2026-11-25' }), catalogue)).toBe(
      '?m=listening&start=09:00&date=2026-11-25&break=10',
    );
  });

  it('writes the same link for the same plan, whatever order the choices were made in', () => {
    const a = plan({
      modules: ['boundaries', 'listening'],
      skipped: [
        { module: 'listening', index: 2 },
        { module: 'boundaries', index: 0 },
        { module: 'listening', index: 0 },
      ],
    });
    const b = plan({
      modules: ['boundaries', 'listening'],
      skipped: [
        { module: 'boundaries', index: 0 },
        { module: 'listening', index: 0 },
        { module: 'listening', index: 2 },
      ],
    });
    expect(planToSearch(a, catalogue)).toBe(planToSearch(b, catalogue));
    expect(planToSearch(a, catalogue)).toContain('skip=boundaries:talk,listening:welcome,listening:debrief');
  });

  it('leaves the address clean for an untouched plan', () => {
    expect(planToSearch(emptyPlan(), catalogue)).toBe('');
    expect(planToSearch(plan({ start: 600 }), catalogue)).toBe('?m=&start=10:00&break=10');
  });
});

describe('reading a plan from a link', () => {
  it('restores exactly the plan that was written', () => {
    const original = plan({
      modules: ['self-care', 'listening'],
      start: parseClock('18:45')!,
      date: '2027-01-31',
      breakMinutes: 0,
      skipped: [
        { module: 'self-care', index: 0 },
        { module: 'listening', index: 1 },
      ],
      breaks: [{ module: 'listening', index: 2, minutes: 120 }],
      target: 240,
    });
    expect(planFromSearch(planToSearch(original, catalogue), catalogue)).toEqual({ plan: original, issues: [] });
  });

  it('reads the example link from the brief, with or without the "?" and percent-encoding', () => {
    const expected = plan({
      modules: ['listening', 'boundaries'],
      start: 570,
      breakMinutes: 10,
      skipped: [{ module: 'boundaries', index: 2 }],
    });
    expect(planFromSearch('?m=listening,boundaries&start=09:30&break=10&skip=boundaries:3', catalogue).plan).toEqual(expected);
    expect(planFromSearch('m=listening%2Cboundaries&start=09%3A30&break=10&skip=boundaries%3A3', catalogue).plan).toEqual(expected);
  });

  it('gives an empty plan and no complaints for no query at all', () => {
    expect(planFromSearch('', catalogue)).toEqual({ plan: emptyPlan(), issues: [] });
  });

  it('leaves out unknown modules and reports each one, keeping the rest', () => {
    const { plan: read, issues } = planFromSearch('?m=listening,cooking,boundaries,Boundaries', catalogue);
    expect(read.modules).toEqual(['listening', 'boundaries']);
    expect(issues).toEqual([
      { param: 'm', value: 'cooking' },
      { param: 'm', value: 'Boundaries' },
    ]);
  });

  it('takes a module named twice once, without complaint', () => {
    expect(planFromSearch('?m=listening,listening&m=listening', catalogue)).toEqual({ plan: plan({ modules: ['listening'] }), issues: [] });
  });

  it('keeps the defaults for an impossible start, date or break, and reports them', () => {
    const { plan: read, issues } = planFromSearch('?m=listening&start=25:00&date=2026-02-30&break=-5', catalogue);
    expect(read).toEqual(plan({ modules: ['listening'] }));
    expect(issues.map((issue) => issue.param)).toEqual(['start', 'date', 'break']);
  });

  it.each(['abc', '9.5', '121', '1e2', '0x10', ''])('refuses the break length %j', (value) => {
    const { plan: read } = planFromSearch(`?m=listening&break=${value}`, catalogue);
    expect(read.breakMinutes).toBe(10);
  });

  it('accepts a break of 0 (no break) and of the longest allowed', () => {
    expect(planFromSearch('?break=0', catalogue).plan.breakMinutes).toBe(0);
    expect(planFromSearch('?break=120', catalogue).plan.breakMinutes).toBe(120);
  });

  it('refuses left-out activities that name no chosen module or no such activity', () => {
    const { plan: read, issues } = planFromSearch(
      '?m=listening&skip=listening:2,listening:0,listening:4,boundaries:1,listening,listening:x,listening:1:2',
      catalogue,
    );
    expect(read.skipped).toEqual([{ module: 'listening', index: 1 }]);
    expect(issues.map((issue) => issue.value)).toEqual([
      'listening:0',
      'listening:4',
      'boundaries:1',
      'listening',
      'listening:x',
      'listening:1:2',
    ]);
  });

  it('refuses added breaks that are too short, too long or point nowhere, and keeps one per activity', () => {
    const { plan: read, issues } = planFromSearch(
      '?m=listening&breaks=listening:1:15,listening:1:20,listening:2:0,listening:2:121,listening:9:5,listening:3',
      catalogue,
    );
    expect(read.breaks).toEqual([{ module: 'listening', index: 0, minutes: 15 }]);
    expect(issues.map((issue) => issue.value)).toEqual(['listening:2:0', 'listening:2:121', 'listening:9:5', 'listening:3']);
  });

  it('reads activities by id, and by number from links made before items had ids', () => {
    const { plan: read, issues } = planFromSearch(
      '?m=listening,boundaries&skip=listening:pairs-practice,boundaries:3,listening:gone,boundaries:9&breaks=listening:1:5,boundaries:talk:10',
      catalogue,
    );
    expect(read.skipped).toEqual([
      { module: 'listening', index: 1 },
      { module: 'boundaries', index: 2 },
    ]);
    expect(read.breaks).toEqual([
      { module: 'listening', index: 0, minutes: 5 },
      { module: 'boundaries', index: 0, minutes: 10 },
    ]);
    // What cannot be found is named, so the trainer knows which activities to check.
    expect(issues).toEqual([
      { param: 'skip', value: 'listening:gone' },
      { param: 'skip', value: 'boundaries:9' },
    ]);
    expect(planToSearch(read, catalogue)).toBe(
      '?m=listening,boundaries&start=09:00&break=10&skip=listening:pairs-practice,boundaries:triads&breaks=listening:welcome:5,boundaries:talk:10',
    );
  });

  it('reads a target length, and refuses one that is not a sensible number of minutes', () => {
    expect(planFromSearch('?m=listening&target=120', catalogue).plan.target).toBe(120);
    expect(planToSearch(plan({ target: 90 }), catalogue)).toBe('?m=&start=09:00&break=10&target=90');
    for (const value of ['10', '721', 'two-hours']) {
      const { plan: read, issues } = planFromSearch(`?m=listening&target=${value}`, catalogue);
      expect(read.target).toBeUndefined();
      expect(issues).toEqual([{ param: 'target', value }]);
    }
  });

  it('ignores parameters that are not part of a plan', () => {
    expect(planFromSearch('?utm_source=mail&m=listening&fbclid=x', catalogue).issues).toEqual([]);
  });

  it('survives hostile input: huge lists, long values, odd characters', () => {
    const many = Array.from({ length: 5000 }, (_, index) => `listening:${index}`).join(',');
    const { plan: read, issues } = planFromSearch(`?m=listening&skip=${many}&start=${'9'.repeat(10_000)}&m=%3Cscript%3E`, catalogue);
    expect(read.modules).toEqual(['listening']);
    expect(read.skipped.length).toBeLessThanOrEqual(3);
    expect(issues.every((issue) => issue.value.length <= 41)).toBe(true);
    expect(issues.some((issue) => issue.value === '<script>')).toBe(true);
  });
});

describe('the planner with the real modules', () => {
  const modules = toPlannerModules(loadModules().flatMap((module) => (module.data ? [{ id: module.id, data: module.data }] : [])));

  it('offers every module in course order, each with its facilitator agenda', () => {
    const orders = modules.map((module) => module.order);
    expect(orders.length).toBe(loadModules().length);
    expect(orders.slice(0, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(orders).toEqual([...new Set(orders)].sort((a, b) => a - b));
    expect(modules.every((module) => module.agenda.length > 0)).toBe(true);
  });

  it('restores a shared link to the same run sheet, and writes an old numbered link with item ids', () => {
    const old = '?m=active-listening,boundaries&start=09:30&break=10&skip=boundaries:3';
    const search = '?m=active-listening,boundaries&start=09:30&break=10&skip=boundaries:stand-up-continuum';
    const { plan: read, issues } = planFromSearch(old, modules);
    expect(issues).toEqual([]);
    expect(planToSearch(read, modules)).toBe(search);
    expect(planFromSearch(search, modules)).toEqual({ plan: read, issues: [] });
    const minutes = (id: string) => modules.find((module) => module.id === id)!.agenda.reduce((sum, item) => sum + item.minutes, 0);
    const skippedMinutes = modules.find((module) => module.id === 'boundaries')!.agenda[2]!.minutes;
    expect(buildSchedule(read, modules).total).toBe(minutes('active-listening') + 10 + minutes('boundaries') - skippedMinutes);
  });
});
