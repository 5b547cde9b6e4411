/**
 * A dilemma in room mode: four steps, one screen each, for a group to discuss before anyone is told
 * an answer: the situation and the question, the discussion questions, the options, then the
 * reasoning with the feedback on every option. Long screens are paged the way room quizzes are
 * (a character budget, never a measurement), so the same dilemma always pages the same way.
 */
import type { DilemmaData } from '../../content/schemas/dilemmas';
import type { Move, RoomRules } from '../room/navigation';
import { densityFor, paginate, type Density } from '../room/paging';
import { BLOCK_COST } from '../room/screen-pages';

export const dilemmaSteps = ['situation', 'discussion', 'options', 'reasoning'] as const;
export type DilemmaStep = (typeof dilemmaSteps)[number];

/** Where the room is. Kept in the tab's memory only: a discussion has nothing worth resuming. */
export interface DilemmaRoom {
  step: DilemmaStep;
}

/** Five minutes to talk a dilemma through; the trainer can change it on the timer. */
export const DILEMMA_DISCUSSION_SECONDS = 300;

/** A page of the reasoning screen holds less than a full screen: each option carries its mark and feedback. */
const REASONING_PAGE = 650;
/** Each option on the options screen carries its letter and spacing as well as its words. */
const OPTION_COST = 60;

const at = (room: DilemmaRoom) => dilemmaSteps.indexOf(room.step);

export const dilemmaRoomRules: RoomRules<DilemmaRoom> = {
  start: () => ({ step: 'situation' }),
  fit: (kept) => (dilemmaSteps.includes(kept.step) ? kept : { step: 'situation' }),
  forward: (room): Move<DilemmaRoom> => {
    const next = dilemmaSteps[at(room) + 1];
    return next ? { room: { step: next } } : { room, blocked: 'at-end' };
  },
  back: (room): Move<DilemmaRoom> => {
    const previous = dilemmaSteps[at(room) - 1];
    return previous ? { room: { step: previous } } : { room, blocked: 'at-start' };
  },
};

/** One block of the reasoning screen: the best option with the reasoning, or one option's feedback. */
export type ReasoningBlock = { kind: 'reasoning' } | { kind: 'option'; index: number };

type Words = Pick<DilemmaData, 'situation' | 'question' | 'options' | 'reasoning' | 'discussion'>;

/** The reasoning first (the point of the discussion), then the feedback on each option, as many to a page as fit. */
export function reasoningPages(dilemma: Words): ReasoningBlock[][] {
  const blocks: ReasoningBlock[] = [
    { kind: 'reasoning' },
    ...dilemma.options.map((_, index): ReasoningBlock => ({ kind: 'option', index })),
  ];
  return paginate(blocks, (block) => reasoningWeight(dilemma, block), REASONING_PAGE);
}

function reasoningWeight(dilemma: Words, block: ReasoningBlock): number {
  if (block.kind === 'reasoning') return dilemma.reasoning.length + BLOCK_COST.heading * 2;
  const option = dilemma.options[block.index]!;
  return option.text.length + option.feedback.length + BLOCK_COST.heading;
}

/** How many pages the room's current screen has. */
export function dilemmaPageCount(dilemma: Words, room: DilemmaRoom): number {
  return room.step === 'reasoning' ? reasoningPages(dilemma).length : 1;
}

/** The type size of the current screen at `page`, so it fits one screen. */
export function dilemmaDensity(dilemma: Words, room: DilemmaRoom, page: number): Density {
  switch (room.step) {
    case 'situation':
      return densityFor(dilemma.situation.length + dilemma.question.length * 1.5); // the question is set larger
    case 'discussion':
      return densityFor(dilemma.discussion.reduce((sum, question) => sum + question.length + BLOCK_COST.gap, 0));
    case 'options':
      return densityFor(dilemma.question.length + dilemma.options.reduce((sum, option) => sum + option.text.length + OPTION_COST, 0));
    case 'reasoning': {
      const shown = reasoningPages(dilemma)[page] ?? [];
      return densityFor(shown.reduce((sum, block) => sum + reasoningWeight(dilemma, block), 0));
    }
  }
}
