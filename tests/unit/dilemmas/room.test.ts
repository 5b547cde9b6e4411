import { describe, expect, it } from 'vitest';
import { dilemmaDensity, dilemmaPageCount, dilemmaRoomRules, reasoningPages, type DilemmaRoom } from '../../../src/lib/dilemmas/room';
import { pagedBack, pagedForward } from '../../../src/lib/room/paging';
import { dilemma } from './fixture';

const short = dilemma('short', 'romance', 'Short').data;
const long = dilemma('long', 'romance', 'Long', {
  reasoning: 'Notice the moment. '.repeat(30),
  options: ['a', 'b', 'c', 'd'].map((id) => ({
    id,
    text: `Option ${id}. `.repeat(10),
    correct: id === 'b',
    feedback: 'Because. '.repeat(30),
  })),
}).data;

describe('a dilemma in room mode', () => {
  const rules = dilemmaRoomRules;

  it('steps from the situation to the discussion, the options and the reasoning, and back', () => {
    const steps: string[] = [];
    let room: DilemmaRoom = rules.start();
    for (;;) {
      steps.push(room.step);
      const move = rules.forward(room);
      if (move.blocked) {
        expect(move.blocked).toBe('at-end');
        break;
      }
      room = move.room;
    }
    expect(steps).toEqual(['situation', 'discussion', 'options', 'reasoning']);
    expect(rules.back(room).room.step).toBe('options');
    expect(rules.back(rules.start())).toEqual({ room: rules.start(), blocked: 'at-start' });
  });

  it('starts again from a kept step it does not know', () => {
    expect(rules.fit({ step: 'options' })).toEqual({ step: 'options' });
    expect(rules.fit({ step: 'gone' } as unknown as DilemmaRoom)).toEqual({ step: 'situation' });
  });

  it('pages only the reasoning, and only when it is long', () => {
    expect(dilemmaPageCount(short, { step: 'reasoning' })).toBe(1);
    expect(dilemmaPageCount(long, { step: 'situation' })).toBe(1);
    const pages = reasoningPages(long);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[0]![0]).toEqual({ kind: 'reasoning' });
    expect(pages.flat().filter((block) => block.kind === 'option')).toHaveLength(4);
    expect(dilemmaPageCount(long, { step: 'reasoning' })).toBe(pages.length);
  });

  it('steps through the pages of the reasoning with Next and Back, like every room screen', () => {
    const pages = (room: DilemmaRoom) => dilemmaPageCount(long, room);
    const onReasoning = { room: { step: 'reasoning' as const }, page: 0 };
    expect(pagedForward(dilemmaRoomRules, onReasoning, pages).room.page).toBe(1);
    // Back from the reasoning's first page goes to the options screen.
    expect(pagedBack(dilemmaRoomRules, onReasoning, pages).room).toEqual({ room: { step: 'options' }, page: 0 });
  });

  it('sets more text tighter, so every screen fits', () => {
    expect(dilemmaDensity(short, { step: 'situation' }, 0)).toBe('roomy');
    expect(dilemmaDensity(short, { step: 'discussion' }, 0)).toBe('roomy');
    expect(dilemmaDensity(short, { step: 'options' }, 0)).toBe('roomy');
    // The reasoning page carries every option's feedback as well, so even a short one is set a little tighter.
    expect(dilemmaDensity(short, { step: 'reasoning' }, 0)).toBe('snug');
    expect(dilemmaDensity(long, { step: 'options' }, 0)).not.toBe('roomy');
    expect(dilemmaDensity(long, { step: 'reasoning' }, 0)).not.toBe('roomy');
    expect(dilemmaDensity(long, { step: 'reasoning' }, 99)).toBe('roomy');
  });
});
