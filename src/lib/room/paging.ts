/**
 * Room mode on a real screen: every view fits one 16:9 screen, so long content is split into pages
 * and Next/Back step through the pages of a screen before moving to the next or previous screen.
 * Pages are decided from the text itself (a character budget), never by measuring the page, so the
 * same content always pages the same way and a trainer can rehearse it.
 */
import type { Blocked, Move, RoomRules } from './navigation';

/** How tightly a screen sets its text: more text gets a smaller size so that it still fits one screen. */
export type Density = 'roomy' | 'snug' | 'tight' | 'dense';

/**
 * Characters of body text that fit one screen at each density, measured at 1280×600 (a shared window,
 * the tightest screen room mode is made for) with the room's type scale. Past `tight`, a screen pages
 * where it can, and sets its text `dense` where it cannot.
 */
export const SCREEN_BUDGET: Record<Exclude<Density, 'dense'>, number> = { roomy: 420, snug: 700, tight: 1000 };

/** The largest type that fits `chars` characters on one screen. */
export function densityFor(chars: number): Density {
  if (chars <= SCREEN_BUDGET.roomy) return 'roomy';
  if (chars <= SCREEN_BUDGET.snug) return 'snug';
  // Past the tight budget a screen pages; what cannot be split (one long moment, a question and all its options) sets densest.
  return chars <= SCREEN_BUDGET.tight ? 'tight' : 'dense';
}

/**
 * Splits items into pages in order, each page holding as many as fit `budget` (by `weigh`); an item
 * larger than the budget gets a page of its own. Never returns an empty page, and always one page.
 */
export function paginate<T>(items: readonly T[], weigh: (item: T) => number, budget: number): T[][] {
  const pages: T[][] = [];
  let current: T[] = [];
  let used = 0;
  for (const item of items) {
    const weight = weigh(item);
    if (current.length > 0 && used + weight > budget) {
      pages.push(current);
      current = [];
      used = 0;
    }
    current.push(item);
    used += weight;
  }
  if (current.length > 0 || pages.length === 0) pages.push(current);
  return pages;
}

/** A room and the page of its current screen (from 0). The page lives in the tab's memory only. */
export interface Paged<T> {
  room: T;
  page: number;
}

/** Next: the screen's next page, or the next screen (at its first page). */
export function pagedForward<T>(rules: RoomRules<T>, at: Paged<T>, pages: (room: T) => number): Move<Paged<T>> {
  if (at.page < pages(at.room) - 1) return { room: { room: at.room, page: at.page + 1 } };
  return settle(at, rules.forward(at.room), () => 0);
}

/** Back: the screen's previous page, or the previous screen at its last page (as slides do). */
export function pagedBack<T>(rules: RoomRules<T>, at: Paged<T>, pages: (room: T) => number): Move<Paged<T>> {
  if (at.page > 0) return { room: { room: at.room, page: Math.min(at.page, pages(at.room)) - 1 } };
  return settle(at, rules.back(at.room), (room) => pages(room) - 1);
}

function settle<T>(at: Paged<T>, move: Move<T>, pageOf: (room: T) => number): Move<Paged<T>> {
  const blocked: Blocked | undefined = move.blocked;
  if (blocked) return { room: at, blocked };
  return { room: { room: move.room, page: Math.max(0, pageOf(move.room)) } };
}

/** The page to show: a kept page number can be past the end when the screen changed under it. */
export function clampPage(page: number, pages: number): number {
  return Math.min(Math.max(0, page), Math.max(0, pages - 1));
}
