import { describe, expect, it } from 'vitest';
import { focusKind, presenterAction } from '../../../src/lib/room/keys';
import { adjustTally, optionLetter, tallyRows, totalVotes } from '../../../src/lib/room/tally';
import {
  changeLength,
  createTimer,
  formatClock,
  isRunning,
  isTimeUp,
  pauseTimer,
  remainingMs,
  resetTimer,
  startTimer,
} from '../../../src/lib/room/timer';

describe('the discussion timer', () => {
  it('counts down while running, holds while paused, and resets to full length', () => {
    let timer = createTimer(120);
    expect(formatClock(remainingMs(timer, 0))).toBe('2:00');
    timer = startTimer(timer, 1_000);
    expect(formatClock(remainingMs(timer, 1_500))).toBe('2:00'); // rounds up until a whole second has gone
    expect(formatClock(remainingMs(timer, 46_000))).toBe('1:15');
    timer = pauseTimer(timer, 46_000);
    expect(isRunning(timer)).toBe(false);
    expect(formatClock(remainingMs(timer, 500_000))).toBe('1:15');
    timer = startTimer(timer, 500_000);
    expect(formatClock(remainingMs(timer, 565_000))).toBe('0:10');
    expect(remainingMs(resetTimer(timer), 999_999)).toBe(120_000);
  });

  it('is up at zero, never goes negative, and cannot be restarted until reset', () => {
    const timer = startTimer(createTimer(60), 0);
    expect(isTimeUp(timer, 59_999)).toBe(false);
    expect(isTimeUp(timer, 60_000)).toBe(true);
    expect(remainingMs(timer, 90_000)).toBe(0);
    expect(formatClock(remainingMs(timer, 90_000))).toBe('0:00');
    const stopped = pauseTimer(timer, 90_000);
    expect(startTimer(stopped, 100_000)).toBe(stopped);
    expect(isRunning(startTimer(resetTimer(stopped), 100_000))).toBe(true);
  });

  it('changes length in half-minute steps between half a minute and 30 minutes', () => {
    expect(remainingMs(changeLength(createTimer(120), 30), 0)).toBe(150_000);
    expect(remainingMs(changeLength(createTimer(30), -30), 0)).toBe(30_000);
    expect(remainingMs(changeLength(createTimer(1800), 30), 0)).toBe(1_800_000);
    expect(formatClock(remainingMs(createTimer(600), 0))).toBe('10:00');
  });
});

describe('vote tallies', () => {
  it('count up and down, never below zero', () => {
    const tally = adjustTally(adjustTally(adjustTally({}, 'a', 1), 'a', 1), 'b', -1);
    expect(tally).toEqual({ a: 2, b: 0 });
    expect(totalVotes(tally, ['a', 'b', 'c'])).toBe(2);
  });

  it('give each option its letter, share and whether it leads', () => {
    expect(tallyRows({ a: 1, b: 3 }, ['b', 'a', 'c'])).toEqual([
      { optionId: 'b', letter: 'A', votes: 3, percent: 75, leading: true },
      { optionId: 'a', letter: 'B', votes: 1, percent: 25, leading: false },
      { optionId: 'c', letter: 'C', votes: 0, percent: 0, leading: false },
    ]);
    expect(tallyRows(undefined, ['a']).every((row) => !row.leading && row.percent === 0)).toBe(true);
    expect(optionLetter(7)).toBe('H');
  });
});

describe('presenter keys', () => {
  it('map clicker keys to next and back on the page', () => {
    expect(presenterAction({ key: 'ArrowRight' }, 'other')).toBe('next');
    expect(presenterAction({ key: 'PageDown' }, 'other')).toBe('next');
    expect(presenterAction({ key: ' ' }, 'other')).toBe('next');
    expect(presenterAction({ key: ' ', shiftKey: true }, 'other')).toBe('back');
    expect(presenterAction({ key: 'ArrowLeft' }, 'other')).toBe('back');
    expect(presenterAction({ key: 'PageUp' }, 'other')).toBe('back');
    expect(presenterAction({ key: 'Enter' }, 'other')).toBeNull();
  });

  it('leave form fields, button presses and browser shortcuts alone', () => {
    expect(presenterAction({ key: 'ArrowRight' }, 'field')).toBeNull();
    expect(presenterAction({ key: ' ' }, 'activator')).toBeNull();
    expect(presenterAction({ key: 'ArrowRight' }, 'activator')).toBe('next');
    expect(presenterAction({ key: 'ArrowLeft', altKey: true }, 'other')).toBeNull();
    expect(presenterAction({ key: 'PageDown', ctrlKey: true }, 'other')).toBeNull();
  });

  it('tell fields from buttons', () => {
    expect(focusKind({ tagName: 'INPUT', type: 'search' })).toBe('field');
    expect(focusKind({ tagName: 'INPUT', type: 'radio' })).toBe('field');
    expect(focusKind({ tagName: 'INPUT', type: 'checkbox' })).toBe('activator');
    expect(focusKind({ tagName: 'TEXTAREA' })).toBe('field');
    expect(focusKind({ tagName: 'DIV', isContentEditable: true })).toBe('field');
    expect(focusKind({ tagName: 'BUTTON' })).toBe('activator');
    expect(focusKind({ tagName: 'A' })).toBe('activator');
    expect(focusKind({ tagName: 'H2' })).toBe('other');
    expect(focusKind(null)).toBe('other');
  });
});
