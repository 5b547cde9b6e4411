import { describe, expect, it } from 'vitest';
import { ui } from '../../../src/lib/i18n';
import { fullDate } from '../../../src/lib/i18n/dates';
import { isIsoDate, parseMinutes, readClock } from '../../../src/lib/planner/plan';

const t = ui.planner;
const time = (minutes: number) => {
  const { hour, minute, day } = readClock(minutes);
  return t.time(hour, minute, day);
};

describe('how the run sheet writes times, dates and lengths', () => {
  it('uses a 12-hour clock with AM and PM, and says when a time falls on a later day', () => {
    expect([0, 59, 570, 720, 765, 1439].map(time)).toEqual(['12:00 AM', '12:59 AM', '9:30 AM', '12:00 PM', '12:45 PM', '11:59 PM']);
    expect(time(1440 + 10)).toBe('12:10 AM (next day)');
    expect(time(2 * 1440 + 600)).toBe('10:00 AM (day 3)');
  });

  it('writes lengths in hours and minutes', () => {
    expect([0, 5, 60, 90, 290].map(t.duration)).toEqual(['0 min', '5 min', '1 h', '1 h 30 min', '4 h 50 min']);
  });

  it('writes the date as a calendar date, the same in every time zone', () => {
    expect(fullDate('2026-11-25')).toBe('Wednesday, November 25, 2026');
    expect(fullDate('2027-01-01')).toBe('Friday, January 1, 2027');
  });
});

describe('dates and minutes from people and links', () => {
  it('accepts only real calendar dates', () => {
    expect(['2026-11-25', '2028-02-29', '1999-12-31'].every(isIsoDate)).toBe(true);
    expect(['2026-02-29', '2026-13-01', '2026-11-31', '26-11-25', '2026-1-5', '0002-11-25', '', 'today'].some(isIsoDate)).toBe(false);
  });

  it('accepts whole minutes within the limits only', () => {
    expect(parseMinutes('10', 0, 120)).toBe(10);
    expect(parseMinutes(0, 0, 120)).toBe(0);
    expect(parseMinutes(' 15 ', 1, 120)).toBe(15);
    expect(['', '-1', '1.5', '121', '1e2', 'ten', '0'].map((text) => parseMinutes(text, 1, 120))).toEqual(Array(7).fill(undefined));
  });
});
