import { describe, expect, it } from 'vitest';
import { formatClock, minutesByKind, timedAgenda } from '../../src/lib/curriculum/agenda';

describe('facilitator agenda clock', () => {
  const agenda = [
    { activity: 'Welcome', minutes: 10, kind: 'talk' },
    { activity: 'Pairs', minutes: 25, kind: 'pairs' },
    { activity: 'Debrief', minutes: 30, kind: 'talk' },
  ];

  it('gives each activity its start and end on a running clock', () => {
    expect(timedAgenda(agenda).map(({ start, end }) => [start, end])).toEqual([
      [0, 10],
      [10, 35],
      [35, 65],
    ]);
  });

  it('formats the clock as hours and minutes', () => {
    expect([0, 5, 65, 130].map(formatClock)).toEqual(['0:00', '0:05', '1:05', '2:10']);
  });

  it('totals minutes by kind of activity', () => {
    expect(minutesByKind(agenda)).toEqual({ talk: 40, pairs: 25 });
  });
});
