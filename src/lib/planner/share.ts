/**
 * A plan written into a link, so a trainer can share or bookmark it with no server:
 *
 *   /planner/?m=active-listening,boundaries&start=09:30&date=2026-11-25&break=10&target=240
 *             &skip=boundaries:stand-up-continuum&breaks=active-listening:mi-spirit-and-oars:15
 *
 *   m       module ids, in session order
 *   start   start time, HH:MM (24-hour)
 *   date    optional date, YYYY-MM-DD
 *   break   minutes of break between modules, 0 to 120 (0 = none)
 *   target  optional target length of the session, in minutes
 *   skip    activities left out, as module:item (the agenda item's stable id)
 *   breaks  breaks added after activities, as module:item:minutes
 *
 * Links made before agenda items had ids name an activity by its number instead ("boundaries:3",
 * counting from 1 as on the run sheet). Those still open: the number is read against today's agenda
 * and written back as the id, and a number past the end of the agenda is reported like any other
 * entry that cannot be used. Item ids start with a letter, so the two forms never clash.
 *
 * A link is untrusted input (it may be old, mistyped or edited by hand): every value is checked
 * against the modules this build knows, anything unusable is left out and reported, and decoding
 * never throws.
 */
import { normalizePlan } from './edit';
import {
  clockValue,
  DEFAULT_BREAK,
  DEFAULT_START,
  emptyPlan,
  isIsoDate,
  LIMITS,
  parseClock,
  parseMinutes,
  sameActivity,
  type ActivityRef,
  type InsertedBreak,
  type Plan,
  type PlannerModule,
} from './plan';

/** Which part of a link could not be used, and the text that was there (shortened). */
export interface LinkIssue {
  param: 'm' | 'start' | 'date' | 'break' | 'target' | 'skip' | 'breaks';
  value: string;
}

export interface DecodedPlan {
  plan: Plan;
  issues: LinkIssue[];
}

/** More entries than any real plan has (10 modules of about 10 activities): the rest is ignored. */
const MAX_ENTRIES = 200;
const SHOWN_CHARS = 40;

/** The query string for a plan, starting with "?"; "" for an untouched plan, so the address stays clean. */
export function planToSearch(plan: Plan, catalogue: readonly PlannerModule[]): string {
  const untouched =
    plan.modules.length === 0 && plan.start === DEFAULT_START && plan.breakMinutes === DEFAULT_BREAK && !plan.date && !plan.target;
  if (untouched) return '';
  const { modules, skipped, breaks } = normalizePlan(plan);
  const item = (ref: ActivityRef) => catalogue.find((module) => module.id === ref.module)?.agenda[ref.index]?.id ?? String(ref.index + 1);
  // Ids, times and numbers use only [a-z0-9:,-], which are safe in a query, so the link stays readable
  // instead of turning ":" and "," into %3A and %2C as URLSearchParams would.
  const params: [string, string][] = [
    ['m', modules.join(',')],
    ['start', clockValue(plan.start)],
  ];
  if (plan.date) params.push(['date', plan.date]);
  params.push(['break', String(plan.breakMinutes)]);
  if (plan.target) params.push(['target', String(plan.target)]);
  if (skipped.length) params.push(['skip', skipped.map((ref) => `${ref.module}:${item(ref)}`).join(',')]);
  if (breaks.length) params.push(['breaks', breaks.map((ref) => `${ref.module}:${item(ref)}:${ref.minutes}`).join(',')]);
  return `?${params.map(([name, value]) => `${name}=${value}`).join('&')}`;
}

/** Reads a plan from a query string ("?m=…" or "m=…"). Unknown parameters are not part of a plan and are ignored silently. */
export function planFromSearch(search: string, catalogue: readonly PlannerModule[]): DecodedPlan {
  const params = new URLSearchParams(search);
  const issues: LinkIssue[] = [];
  const report = (param: LinkIssue['param'], value: string) =>
    issues.push({ param, value: value.length > SHOWN_CHARS ? `${value.slice(0, SHOWN_CHARS)}…` : value });
  const list = (param: LinkIssue['param']) => {
    const entries = params
      .getAll(param)
      .flatMap((value) => value.split(','))
      .map((entry) => entry.trim())
      .filter(Boolean);
    if (entries.length > MAX_ENTRIES) report(param, entries.slice(MAX_ENTRIES).join(','));
    return entries.slice(0, MAX_ENTRIES);
  };
  const single = (param: LinkIssue['param']) => params.get(param)?.trim() || undefined;

  const plan = emptyPlan();
  const byId = new Map(catalogue.map((module) => [module.id, module]));
  for (const id of list('m')) {
    if (!byId.has(id)) report('m', id);
    else if (!plan.modules.includes(id)) plan.modules.push(id);
  }

  const start = single('start');
  if (start !== undefined) {
    const minutes = parseClock(start);
    if (minutes === undefined) report('start', start);
    else plan.start = minutes;
  }

  const date = single('date');
  if (date !== undefined) {
    if (isIsoDate(date)) plan.date = date;
    else report('date', date);
  }

  const pause = single('break');
  if (pause !== undefined) {
    const minutes = parseMinutes(pause, 0, LIMITS.maxBreak);
    if (minutes === undefined) report('break', pause);
    else plan.breakMinutes = minutes;
  }

  const target = single('target');
  if (target !== undefined) {
    const minutes = parseMinutes(target, LIMITS.minTarget, LIMITS.maxTarget);
    if (minutes === undefined) report('target', target);
    else plan.target = minutes;
  }

  // An activity reference must name a chosen module and one of its activities: by id, or by number
  // in a link made before items had ids.
  const activityOf = (moduleId: string | undefined, item: string | undefined): ActivityRef | undefined => {
    if (!moduleId || !item || !plan.modules.includes(moduleId)) return undefined;
    const agenda = byId.get(moduleId)!.agenda;
    const index = /^\d{1,3}$/.test(item) ? Number(item) - 1 : agenda.findIndex((candidate) => candidate.id === item);
    return index >= 0 && index < agenda.length ? { module: moduleId, index } : undefined;
  };

  for (const entry of list('skip')) {
    const parts = entry.split(':');
    const ref = parts.length === 2 ? activityOf(parts[0], parts[1]) : undefined;
    if (!ref) report('skip', entry);
    else if (!plan.skipped.some((other) => sameActivity(other, ref))) plan.skipped.push(ref);
  }

  for (const entry of list('breaks')) {
    const parts = entry.split(':');
    const ref = parts.length === 3 ? activityOf(parts[0], parts[1]) : undefined;
    const minutes = parts.length === 3 ? parseMinutes(parts[2]!, LIMITS.minInsertedBreak, LIMITS.maxInsertedBreak) : undefined;
    if (!ref || minutes === undefined) report('breaks', entry);
    else if (!plan.breaks.some((other) => sameActivity(other, ref))) plan.breaks.push({ ...ref, minutes } satisfies InsertedBreak);
  }

  return { plan: normalizePlan(plan), issues };
}
