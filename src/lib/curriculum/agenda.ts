/** A facilitator agenda with a running clock: when each activity starts and ends, from the session start. */
export interface AgendaItemLike {
  activity: string;
  minutes: number;
  kind: string;
  detail?: string | undefined;
}

export interface TimedAgendaItem<T extends AgendaItemLike> {
  item: T;
  /** Minutes from the start of the session. */
  start: number;
  end: number;
}

export function timedAgenda<T extends AgendaItemLike>(agenda: readonly T[]): TimedAgendaItem<T>[] {
  let clock = 0;
  return agenda.map((item) => {
    const start = clock;
    clock += item.minutes;
    return { item, start, end: clock };
  });
}

/** 75 -> "1:15" (hours and minutes into the session). */
export function formatClock(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${hours}:${String(minutes % 60).padStart(2, '0')}`;
}

/** Minutes spent on each kind of activity, e.g. how much is talk and how much is practice. */
export function minutesByKind(agenda: readonly AgendaItemLike[]): Record<string, number> {
  const totals: Record<string, number> = {};
  for (const item of agenda) totals[item.kind] = (totals[item.kind] ?? 0) + item.minutes;
  return totals;
}
