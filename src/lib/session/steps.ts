/**
 * A planned session as the steps a trainer plays on the projector, in run-sheet order: a slide for
 * each talk segment, a card with a timer for every other activity and break, and the module's
 * room-mode quiz or role-plays on the steps that use them.
 */
import type { Schedule } from '../planner/schedule';
import type { RoomLink, SessionContent, Slide } from './content';

export interface SessionStep {
  /** Unique within the session; changes only when the plan does. */
  key: string;
  type: 'slide' | 'activity' | 'break';
  /** The activity as the agenda names it; empty for a break the trainer added or one between modules. */
  label: string;
  kind: string;
  minutes: number;
  /** Minutes after midnight, as on the run sheet. */
  start: number;
  end: number;
  module?: { id: string; title: string; order: number } | undefined;
  slide?: Slide | undefined;
  notes?: string | undefined;
  /** Room-mode activities to run with the room at this step. */
  room: RoomLink[];
}

/** Which of a module's room activities fit an agenda item of this kind. */
function roomFor(kind: string, content: SessionContent[string] | undefined): RoomLink[] {
  if (!content) return [];
  if (kind === 'quiz') return content.quizzes;
  if (kind === 'role-play' || kind === 'triads') return content.roleplays;
  return [];
}

export function sessionSteps(schedule: Schedule, content: SessionContent): SessionStep[] {
  return schedule.blocks.flatMap((block, position): SessionStep[] => {
    const { start, end, minutes } = block;
    if (block.type === 'between')
      return [{ key: `between-${position}`, type: 'break', label: '', kind: 'break', minutes, start, end, room: [] }];
    const { id, title, order } = block.module;
    const moduleContent = content[id];
    return block.rows.map((row) => {
      const common = {
        label: row.label,
        kind: row.kind,
        minutes: row.minutes,
        start: row.start,
        end: row.end,
        module: { id, title, order },
      };
      if (row.origin === 'added') return { ...common, key: `${id}:added-${row.index}`, type: 'break', label: '', room: [] };
      const item = block.module.agenda[row.index]!;
      const itemContent = moduleContent?.items[item.id];
      const slide = row.kind === 'talk' ? itemContent?.slide : undefined;
      return {
        ...common,
        key: `${id}:${item.id}`,
        type: slide ? 'slide' : row.type,
        slide,
        notes: itemContent?.notes,
        room: roomFor(row.kind, moduleContent),
      };
    });
  });
}
