/**
 * Turns a plan into a timed run sheet: a start and end for every activity and break, a subtotal per
 * module and the total. Times are minutes after midnight of the start day, so a session that runs past
 * midnight keeps counting (1450 is 00:10 the next day) and nothing goes backwards.
 */
import type { Plan, PlannerModule } from './plan';

export interface ScheduleRow {
  type: 'activity' | 'break';
  /** The activity as the agenda names it; empty for a break the trainer added. */
  label: string;
  /** The agenda's kind of activity ("talk", "pairs", "break"…); "break" for an added break. */
  kind: string;
  minutes: number;
  start: number;
  end: number;
  /** Position in the module's agenda (from 0); for an added break, the activity it follows. */
  index: number;
  /** "agenda" rows come from the module; "added" rows are breaks the trainer put in. */
  origin: 'agenda' | 'added';
}

export interface ScheduledModule {
  type: 'module';
  module: PlannerModule;
  rows: ScheduleRow[];
  start: number;
  end: number;
  /** The module's subtotal, its added breaks included. */
  minutes: number;
}

/** The break between one module and the next. */
export interface BetweenModules {
  type: 'between';
  start: number;
  end: number;
  minutes: number;
}

export interface Schedule {
  blocks: (ScheduledModule | BetweenModules)[];
  start: number;
  end: number;
  /** Minutes from the first activity's start to the last one's end. */
  total: number;
  /** Of the total, minutes spent on breaks of any kind (in the agendas, added, and between modules). */
  breakMinutes: number;
  /** Chosen modules that have every activity left out, so they take no time. */
  leftOut: PlannerModule[];
}

export function buildSchedule(plan: Plan, catalogue: readonly PlannerModule[]): Schedule {
  const byId = new Map(catalogue.map((module) => [module.id, module]));
  const blocks: Schedule['blocks'] = [];
  const leftOut: PlannerModule[] = [];
  let clock = plan.start;
  let breakMinutes = 0;

  for (const id of plan.modules) {
    const module = byId.get(id);
    if (!module) continue; // a plan is validated when it is read from a link; this only guards against stale ids
    if (module.agenda.every((_, index) => isSkipped(plan, module.id, index))) {
      leftOut.push(module);
      continue;
    }
    if (blocks.length > 0 && plan.breakMinutes > 0) {
      blocks.push({ type: 'between', start: clock, end: clock + plan.breakMinutes, minutes: plan.breakMinutes });
      breakMinutes += plan.breakMinutes;
      clock += plan.breakMinutes;
    }
    const rows = moduleRows(plan, module, clock);
    const end = rows.at(-1)!.end;
    blocks.push({ type: 'module', module, rows, start: clock, end, minutes: end - clock });
    breakMinutes += rows.filter((row) => row.kind === 'break').reduce((sum, row) => sum + row.minutes, 0);
    clock = end;
  }

  return { blocks, start: plan.start, end: clock, total: clock - plan.start, breakMinutes, leftOut };
}

/** The module's activities that are not skipped, each followed by any break added after it. */
function moduleRows(plan: Plan, module: PlannerModule, from: number): ScheduleRow[] {
  const rows: ScheduleRow[] = [];
  let clock = from;
  const push = (row: Omit<ScheduleRow, 'start' | 'end'>) => {
    rows.push({ ...row, start: clock, end: clock + row.minutes });
    clock += row.minutes;
  };
  module.agenda.forEach((item, index) => {
    if (!isSkipped(plan, module.id, index))
      push({
        type: item.kind === 'break' ? 'break' : 'activity',
        label: item.activity,
        kind: item.kind,
        minutes: item.minutes,
        index,
        origin: 'agenda',
      });
    for (const added of plan.breaks) {
      if (added.module === module.id && added.index === index)
        push({ type: 'break', label: '', kind: 'break', minutes: added.minutes, index, origin: 'added' });
    }
  });
  return rows;
}

function isSkipped(plan: Plan, module: string, index: number): boolean {
  return plan.skipped.some((ref) => ref.module === module && ref.index === index);
}
