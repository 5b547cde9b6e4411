/**
 * The session planner's data: what a trainer chose (a Plan) and what the site knows about each module
 * (a PlannerModule). Plain values only, so a plan can be rebuilt from a URL and compared in tests.
 */

/** One agenda item as the planner sees it. `id` is stable across content edits; links name items by it. */
export interface PlannerItem {
  id: string;
  activity: string;
  minutes: number;
  kind: string;
  /** False for an item the facilitator guide marks optional: the planner offers it as a trim. */
  core: boolean;
}

/** The facts about one module that a plan needs, taken from its frontmatter at build time. */
export interface PlannerModule {
  id: string;
  title: string;
  order: number;
  agenda: PlannerItem[];
}

/**
 * One activity in a module's agenda, by position (from 0). A plan lives in memory against this build's
 * agendas, so a position is exact there; links, which outlive a build, name the item's id instead.
 */
export interface ActivityRef {
  module: string;
  index: number;
}

/** A break the trainer added after an activity. */
export interface InsertedBreak extends ActivityRef {
  minutes: number;
}

export interface Plan {
  /** Module ids in the order they are taught. */
  modules: string[];
  /** Start time in minutes after midnight (0 to 1439). */
  start: number;
  /** Optional calendar date, YYYY-MM-DD. */
  date?: string | undefined;
  /** Minutes of break between one module and the next; 0 for none. */
  breakMinutes: number;
  /** Activities left out. */
  skipped: ActivityRef[];
  /** Breaks added after particular activities. */
  breaks: InsertedBreak[];
  /** How long the session should take, in minutes, if the trainer set a target. */
  target?: number | undefined;
}

/** Limits that keep a plan (and a link someone edited by hand) sensible. */
export const LIMITS = {
  /** Longest break between modules, in minutes. */
  maxBreak: 120,
  /** Longest break added after an activity. */
  maxInsertedBreak: 120,
  /** Shortest break added after an activity (a zero-minute break is no break). */
  minInsertedBreak: 1,
  /** Shortest and longest target length (a quarter of an hour to a long day). */
  minTarget: 15,
  maxTarget: 720,
} as const;

export const DEFAULT_START = 9 * 60;
export const DEFAULT_BREAK = 10;
/** A new break after an activity starts at this length; the trainer can change it. */
export const DEFAULT_INSERTED_BREAK = 10;

export function emptyPlan(): Plan {
  return { modules: [], start: DEFAULT_START, breakMinutes: DEFAULT_BREAK, skipped: [], breaks: [] };
}

/** "09:30" -> 570. Accepts what a time input gives ("HH:MM", optionally ":SS"); anything else -> undefined. */
export function parseClock(text: string): number | undefined {
  const match = /^([01]\d|2[0-3]):([0-5]\d)(?::[0-5]\d)?$/.exec(text.trim());
  if (!match) return undefined;
  return Number(match[1]) * 60 + Number(match[2]);
}

/** 570 -> "09:30", the form a time input and a link use. Minutes past midnight wrap to the next day. */
export function clockValue(minutes: number): string {
  const inDay = ((minutes % 1440) + 1440) % 1440;
  return `${String(Math.floor(inDay / 60)).padStart(2, '0')}:${String(inDay % 60).padStart(2, '0')}`;
}

/** A clock reading for display: hour (0-23), minute, and how many days after the start day. */
export interface ClockReading {
  hour: number;
  minute: number;
  day: number;
}

export function readClock(minutes: number): ClockReading {
  const day = Math.floor(minutes / 1440);
  const inDay = minutes - day * 1440;
  return { hour: Math.floor(inDay / 60), minute: inDay % 60, day };
}

/** True for a real calendar date written YYYY-MM-DD (so "2026-02-30" is false). */
export function isIsoDate(text: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A whole number of minutes within [min, max] from text or a number; anything else -> undefined. */
export function parseMinutes(value: string | number, min: number, max: number): number | undefined {
  const text = String(value).trim();
  if (!/^\d{1,4}$/.test(text)) return undefined;
  const minutes = Number(text);
  return minutes >= min && minutes <= max ? minutes : undefined;
}

export function sameActivity(a: ActivityRef, b: ActivityRef): boolean {
  return a.module === b.module && a.index === b.index;
}

interface ModuleEntryLike {
  id: string;
  data: { title: string; order: number; facilitator: { agenda: PlannerItem[] } };
}

/** The planner's view of the modules collection, in course order: only what the island needs to ship. */
export function toPlannerModules(entries: readonly ModuleEntryLike[]): PlannerModule[] {
  return [...entries]
    .sort((a, b) => a.data.order - b.data.order)
    .map(({ id, data }) => ({
      id,
      title: data.title,
      order: data.order,
      agenda: data.facilitator.agenda.map(({ id: item, activity, minutes, kind, core }) => ({ id: item, activity, minutes, kind, core })),
    }));
}
