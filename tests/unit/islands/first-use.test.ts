import { describe, expect, it } from 'vitest';
import { isHeldPageKey, replayOf, restoresAtOnce } from '../../../src/lib/islands/first-use';

const nothingKept = () => false;

describe('a whole-page tool wakes at once only when it has something to restore', () => {
  it('wakes at once for a plan or session in the address', () => {
    expect(restoresAtOnce('?m=active-listening&start=09:30', undefined, nothingKept)).toBe(true);
  });

  it('waits for the person when the address holds nothing and the tab kept nothing', () => {
    expect(restoresAtOnce('', undefined, nothingKept)).toBe(false);
    expect(restoresAtOnce('?', 'alongside:room:v1:quiz:q', nothingKept)).toBe(false);
  });

  it("wakes at once when this tab kept the activity's session, and only for its own key", () => {
    const kept = new Set(['alongside:room:v1:roleplay:loan']);
    const has = (key: string) => kept.has(key);
    expect(restoresAtOnce('', 'alongside:room:v1:roleplay:loan', has)).toBe(true);
    expect(restoresAtOnce('', 'alongside:room:v1:roleplay:other', has)).toBe(false);
    expect(restoresAtOnce('', '', has)).toBe(false);
  });
});

describe('keys pressed before the room listens', () => {
  const body = { tagName: 'BODY' };

  it("holds a clicker's next and back, and the timer and blank keys", () => {
    for (const key of ['ArrowRight', 'PageDown', 'ArrowLeft', 'PageUp', ' ', 't', 'b', '.', '?']) {
      expect(isHeldPageKey({ key }, body), key).toBe(true);
    }
  });

  it('lets every other key do what it does: Tab, letters, keys with modifiers, a held-down key', () => {
    expect(isHeldPageKey({ key: 'Tab' }, body)).toBe(false);
    expect(isHeldPageKey({ key: 'x' }, body)).toBe(false);
    expect(isHeldPageKey({ key: 'ArrowLeft', altKey: true }, body)).toBe(false);
    expect(isHeldPageKey({ key: 'ArrowRight', repeat: true }, body)).toBe(false);
  });

  it('leaves keys to a field being typed in, and Space to a focused button', () => {
    expect(isHeldPageKey({ key: 'ArrowRight' }, { tagName: 'INPUT', type: 'text' })).toBe(false);
    expect(isHeldPageKey({ key: ' ' }, { tagName: 'BUTTON' })).toBe(false);
    expect(isHeldPageKey({ key: 'ArrowRight' }, { tagName: 'BUTTON' })).toBe(true);
  });
});

describe('a press held before the tool works is played as the person meant it', () => {
  it('clicks buttons, boxes and radios', () => {
    expect(replayOf({ tagName: 'BUTTON' })).toBe('click');
    expect(replayOf({ tagName: 'SUMMARY' })).toBe('click');
    expect(replayOf({ tagName: 'INPUT', type: 'checkbox' })).toBe('click');
    expect(replayOf({ tagName: 'INPUT', type: 'radio' })).toBe('click');
  });

  it('focuses fields for typing and choosing', () => {
    expect(replayOf({ tagName: 'INPUT', type: 'time' })).toBe('focus');
    expect(replayOf({ tagName: 'INPUT', type: 'number' })).toBe('focus');
    expect(replayOf({ tagName: 'INPUT' })).toBe('focus');
    expect(replayOf({ tagName: 'SELECT' })).toBe('focus');
    expect(replayOf({ tagName: 'TEXTAREA' })).toBe('focus');
  });
});
