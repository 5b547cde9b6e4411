import { useRef, useState, type RefObject } from 'react';
import { ui } from '../../lib/i18n';
import type { RoomKind } from '../../lib/room/catalogue';
import type { Move, RoomRules } from '../../lib/room/navigation';
import { clampPage, pagedBack, pagedForward, type Paged } from '../../lib/room/paging';
import type { QuizRoom } from '../../lib/room/quiz-room';
import type { RolePlayRoom } from '../../lib/room/roleplay-room';
import type { SessionStorageLike } from '../../lib/progress/room-shelf';
import { DEFAULT_SECONDS } from '../../lib/room/timer';
import type { RoomControls } from './RoomStage';
import { useFocusAfterRender } from '../shared/use-focus-after-render';
import { useHydrated } from '../shared/use-hydrated';
import { useRoomSession } from './use-room-session';

/** What a room activity brings to the controller. Its rules (start, moves) are decided in lib/room. */
export interface RoomActivity<T> {
  kind: RoomKind;
  id: string;
  rules: RoomRules<T>;
  /** Reads the session kept in this tab for this activity, if any. */
  read: (storage: SessionStorageLike | undefined, id: string) => T | undefined;
  /** How many pages the room's current screen has (long screens are paged to fit one screen). */
  pages: (room: T) => number;
  /** What a screen reader hears when a screen (or a page of it) appears. */
  describe: (room: T, page: number) => string;
}

/** What the island and its screens use to draw the room and act on it. */
export interface RoomController<T> {
  room: T;
  /** The page of the current screen that is showing, from 0. */
  page: number;
  hydrated: boolean;
  resumed: boolean;
  /** The current screen's heading: it takes focus after each move. */
  heading: RefObject<HTMLHeadingElement | null>;
  /** Moves to another screen (at its first page unless told), says what it shows, and focuses its heading. */
  show: (next: T, page?: number) => void;
  /** A change on the same screen (a vote, the room's pick), said aloud. A pick settles a "pick first" warning. */
  change: (next: T, said: string, options?: { settlesWarning?: boolean }) => void;
  again: () => void;
  /** For RoomStage, with the screen's own frame. */
  stage: RoomControls;
}

/**
 * The part every room activity shares: the session kept in this tab, Next and Back (through the pages
 * of a long screen, then to the next screen) for the buttons and the presenter clicker, refusals said aloud, focus on each new screen's heading, and starting
 * again. The island draws the screens; `stage` goes to RoomStage as it is.
 */
export function useRoomController<T extends RolePlayRoom | QuizRoom>({
  kind,
  id,
  rules,
  read,
  pages,
  describe,
}: RoomActivity<T>): RoomController<T> {
  const hydrated = useHydrated();
  const { room, setRoom, resumed, restart } = useRoomSession(kind, id, rules.start, (storage) => {
    const kept = read(storage, id);
    return kept && rules.fit(kept);
  });
  const [keptPage, setPage] = useState(0);
  const page = clampPage(keptPage, pages(room));
  const [announcement, setAnnouncement] = useState('');
  const [warning, setWarning] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();

  // Focus goes to the new screen's heading: out of any form control, so the clicker keeps working.
  function show(next: T, nextPage = 0) {
    setRoom(next);
    setPage(nextPage);
    setWarning('');
    setAnnouncement(describe(next, nextPage));
    focusAfterRender(() => heading.current);
  }

  // Next and Back step through the pages of a long screen before leaving it (decided in lib/room/paging).
  function move({ room: next, blocked }: Move<Paged<T>>) {
    if (!blocked) return show(next.room, next.page);
    setWarning(ui.room.blocked[blocked]);
    setAnnouncement(ui.room.blocked[blocked]);
  }
  const onNext = () => move(pagedForward(rules, { room, page }, pages));
  const onBack = () => move(pagedBack(rules, { room, page }, pages));

  function change(next: T, said: string, { settlesWarning = false } = {}) {
    setRoom(next);
    if (settlesWarning) setWarning('');
    setAnnouncement(said);
  }

  function again() {
    restart();
    setPage(0);
    setWarning('');
    setAnnouncement(ui.room.startAgainAnnounce);
    focusAfterRender(() => heading.current);
  }

  const stage: RoomControls = {
    timerSeconds: DEFAULT_SECONDS[kind],
    hydrated,
    resumed,
    announcement,
    warning,
    onNext,
    onBack,
    page,
    pages: pages(room),
  };
  return { room, page, hydrated, resumed, heading, show, change, again, stage };
}
