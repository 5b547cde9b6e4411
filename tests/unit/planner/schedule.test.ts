import { describe, expect, it } from 'vitest';
import { clockValue, emptyPlan, parseClock, readClock, type Plan } from '../../../src/lib/planner/plan';
import { buildSchedule, type ScheduledModule } from '../../../src/lib/planner/schedule';
import { catalogue } from './fixtures';

const plan = (changes: Partial<Plan>): Plan => ({ ...emptyPlan(), ...changes });
const times = (block: ScheduledModule) => block.rows.map((row) => [clockValue(row.start), clockValue(row.end)]);
const modulesOf = (schedule: ReturnType<typeof buildSchedule>) =>
  schedule.blocks.filter((block): block is ScheduledModule => block.type === 'module');

describe('building a run sheet', () => {
  it('gives every activity a start and end from the start time, module by module, with a break between modules', () => {
    const schedule = buildSchedule(
      plan({ modules: ['listening', 'boundaries'], start: parseClock('09:30')!, breakMinutes: 10 }),
      catalogue,
    );
    expect(schedule.blocks.map((block) => block.type)).toEqual(['module', 'between', 'module']);
    const [listening, boundaries] = modulesOf(schedule);
    expect(times(listening!)).toEqual([
      ['09:30', '09:40'],
      ['09:40', '10:00'],
      ['10:00', '10:30'],
    ]);
    expect(schedule.blocks[1]).toMatchObject({ start: parseClock('10:30'), end: parseClock('10:40'), minutes: 10 });
    expect(times(boundaries!)).toEqual([
      ['10:40', '10:55'],
      ['10:55', '11:00'],
      ['11:00', '11:25'],
    ]);
  });

  it('gives each module a subtotal and the session a total that includes the breaks between modules', () => {
    const schedule = buildSchedule(plan({ modules: ['listening', 'boundaries'], breakMinutes: 10 }), catalogue);
    expect(modulesOf(schedule).map((block) => block.minutes)).toEqual([60, 45]);
    expect(schedule.total).toBe(60 + 10 + 45);
    expect(schedule.end - schedule.start).toBe(schedule.total);
    // The 5-minute break in the boundaries agenda and the 10 between modules.
    expect(schedule.breakMinutes).toBe(15);
  });

  it('puts no break before the first module or after the last, and none at all when the length is 0', () => {
    expect(buildSchedule(plan({ modules: ['listening'], breakMinutes: 10 }), catalogue).total).toBe(60);
    const noBreaks = buildSchedule(plan({ modules: ['listening', 'boundaries', 'self-care'], breakMinutes: 0 }), catalogue);
    expect(noBreaks.blocks.every((block) => block.type === 'module')).toBe(true);
    expect(noBreaks.total).toBe(60 + 45 + 40);
  });

  it('follows the order the plan gives, not course order', () => {
    const schedule = buildSchedule(plan({ modules: ['self-care', 'listening'], breakMinutes: 0 }), catalogue);
    expect(modulesOf(schedule).map((block) => block.module.id)).toEqual(['self-care', 'listening']);
    expect(modulesOf(schedule)[1]!.start).toBe(emptyPlan().start + 40);
  });

  it('leaves out skipped activities and closes the gap', () => {
    const schedule = buildSchedule(plan({ modules: ['listening'], start: 600, skipped: [{ module: 'listening', index: 1 }] }), catalogue);
    const [listening] = modulesOf(schedule);
    expect(listening!.rows.map((row) => row.label)).toEqual(['Welcome', 'Debrief']);
    expect(times(listening!)).toEqual([
      ['10:00', '10:10'],
      ['10:10', '10:40'],
    ]);
    expect(schedule.total).toBe(40);
  });

  it('can leave out an agenda’s own break like any other activity', () => {
    const schedule = buildSchedule(plan({ modules: ['boundaries'], skipped: [{ module: 'boundaries', index: 1 }] }), catalogue);
    expect(schedule.total).toBe(40);
    expect(schedule.breakMinutes).toBe(0);
  });

  it('puts an added break straight after its activity and counts it in the module’s subtotal', () => {
    const schedule = buildSchedule(
      plan({ modules: ['listening'], start: 540, breaks: [{ module: 'listening', index: 0, minutes: 15 }] }),
      catalogue,
    );
    const [listening] = modulesOf(schedule);
    expect(listening!.rows.map((row) => [row.type, row.origin, clockValue(row.start), clockValue(row.end)])).toEqual([
      ['activity', 'agenda', '09:00', '09:10'],
      ['break', 'added', '09:10', '09:25'],
      ['activity', 'agenda', '09:25', '09:45'],
      ['activity', 'agenda', '09:45', '10:15'],
    ]);
    expect(listening!.minutes).toBe(75);
    expect(schedule.breakMinutes).toBe(15);
  });

  it('keeps an added break where it was put even when its activity is left out', () => {
    const schedule = buildSchedule(
      plan({
        modules: ['listening'],
        skipped: [{ module: 'listening', index: 1 }],
        breaks: [{ module: 'listening', index: 1, minutes: 5 }],
      }),
      catalogue,
    );
    expect(modulesOf(schedule)[0]!.rows.map((row) => row.label || 'added break')).toEqual(['Welcome', 'added break', 'Debrief']);
  });

  it('drops a module whose activities are all left out, with its breaks, and says which', () => {
    const schedule = buildSchedule(
      plan({
        modules: ['listening', 'self-care', 'boundaries'],
        breakMinutes: 10,
        skipped: [{ module: 'self-care', index: 0 }],
        breaks: [{ module: 'self-care', index: 0, minutes: 20 }],
      }),
      catalogue,
    );
    expect(schedule.blocks.map((block) => (block.type === 'module' ? block.module.id : 'break'))).toEqual([
      'listening',
      'break',
      'boundaries',
    ]);
    expect(schedule.leftOut.map((module) => module.id)).toEqual(['self-care']);
    expect(schedule.total).toBe(60 + 10 + 45);
  });

  it('has nothing to schedule for an empty plan', () => {
    const schedule = buildSchedule(emptyPlan(), catalogue);
    expect(schedule).toMatchObject({ blocks: [], total: 0, breakMinutes: 0, leftOut: [] });
    expect(schedule.end).toBe(schedule.start);
  });

  it('keeps counting past midnight, so an evening session ends the next day', () => {
    const schedule = buildSchedule(
      plan({ modules: ['listening', 'boundaries'], start: parseClock('23:00')!, breakMinutes: 10 }),
      catalogue,
    );
    const [listening, boundaries] = modulesOf(schedule);
    expect(times(listening!)).toEqual([
      ['23:00', '23:10'],
      ['23:10', '23:30'],
      ['23:30', '00:00'],
    ]);
    expect(readClock(listening!.end)).toEqual({ hour: 0, minute: 0, day: 1 });
    expect(readClock(boundaries!.rows[0]!.start)).toEqual({ hour: 0, minute: 10, day: 1 });
    expect(readClock(schedule.end)).toEqual({ hour: 0, minute: 55, day: 1 });
    expect(schedule.total).toBe(115);
  });

  it('ignores a module id the catalogue does not know', () => {
    expect(buildSchedule(plan({ modules: ['gone', 'self-care'] }), catalogue).total).toBe(40);
  });
});

describe('clock arithmetic', () => {
  it('reads the times a time input gives, and nothing else', () => {
    expect(['00:00', '09:30', '23:59', '12:00:00', ' 07:05 '].map(parseClock)).toEqual([0, 570, 1439, 720, 425]);
    expect(['24:00', '9:30', '09:60', '0930', '', 'noon', '09:30pm'].map(parseClock)).toEqual(Array(7).fill(undefined));
  });

  it('writes minutes as HH:MM, wrapping past midnight', () => {
    expect([0, 570, 1439, 1440, 1450, 2 * 1440 + 61].map(clockValue)).toEqual(['00:00', '09:30', '23:59', '00:00', '00:10', '01:01']);
  });

  it('says how many days after the start day a time falls', () => {
    expect(readClock(570)).toEqual({ hour: 9, minute: 30, day: 0 });
    expect(readClock(1440 + 65)).toEqual({ hour: 1, minute: 5, day: 1 });
    expect(readClock(3 * 1440)).toEqual({ hour: 0, minute: 0, day: 3 });
  });
});
