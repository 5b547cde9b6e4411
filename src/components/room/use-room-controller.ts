import { useRef, useState, type RefObject } from 'react';
import { ui } from '../../lib/i18n';
import type { RoomKind } from '../../lib/room/catalogue';
import type { Move, RoomRules } from '../../lib/room/navigation';
import type { QuizRoom } from '../../lib/room/quiz-room';
import type { RolePlayRoom } from '../../lib/room/roleplay-room';
import type { SessionStorageLike } from '../../lib/progress/room-shelf';
import { DEFAULT_SECONDS } from '../../lib/room/timer';
import type { RoomControls } from './RoomStage';
import { useFocusAfterRender } from '../shared/use-focus-after-render';
import { useHydrated } from '../shared/use-hydrated';
import { usePresenterKeys } from './use-presenter-keys';
import { useRoomSession } from './use-room-session';

/** What a room activity brings to the controller. Its rules (start, moves) are decided in lib/room. */
export interface RoomActivity<T> {
  kind: RoomKind;
  id: string;
  rules: RoomRules<T>;
  /** Reads the session kept in this tab for this activity, if any. */
  read: (storage: SessionStorageLike | undefined, id: string) => T | undefined;
  /** What a screen reader hears when a screen appears. */
  describe: (room: T) => string;
}

/** What the island and its screens use to draw the room and act on it. */
export interface RoomController<T> {
  room: T;
  hydrated: boolean;
  resumed: boolean;
  /** The current screen's heading: it takes focus after each move. */
  heading: RefObject<HTMLHeadingElement | null>;
  /** Moves to another screen, says what it shows, and focuses its heading. */
  show: (next: T) => void;
  /** A change on the same screen (a vote, the room's pick), said aloud. A pick settles a "pick first" warning. */
  change: (next: T, said: string, options?: { settlesWarning?: boolean }) => void;
  again: () => void;
  /** For RoomStage, with the screen's own frame. */
  stage: RoomControls;
}

/**
 * The part every room activity shares: the session kept in this tab, Next and Back from the buttons
 * and the presenter clicker, refusals said aloud, focus on each new screen's heading, and starting
 * again. The island draws the screens; `stage` goes to RoomStage as it is.
 */
export function useRoomController<T extends RolePlayRoom | QuizRoom>({
  kind,
  id,
  rules,
  read,
  describe,
}: RoomActivity<T>): RoomController<T> {
  const hydrated = useHydrated();
  const { room, setRoom, resumed, restart } = useRoomSession(kind, id, rules.start, (storage) => {
    const kept = read(storage, id);
    return kept && rules.fit(kept);
  });
  const [announcement, setAnnouncement] = useState('');
  const [warning, setWarning] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();

  // Focus goes to the new screen's heading: out of any form control, so the clicker keeps working.
  function show(next: T) {
    setRoom(next);
    setWarning('');
    setAnnouncement(describe(next));
    focusAfterRender(() => heading.current);
  }

  function move({ room: next, blocked }: Move<T>) {
    if (!blocked) return show(next);
    setWarning(ui.room.blocked[blocked]);
    setAnnouncement(ui.room.blocked[blocked]);
  }
  const onNext = () => move(rules.forward(room));
  const onBack = () => move(rules.back(room));
  usePresenterKeys({ next: onNext, back: onBack }, hydrated);

  function change(next: T, said: string, { settlesWarning = false } = {}) {
    setRoom(next);
    if (settlesWarning) setWarning('');
    setAnnouncement(said);
  }

  function again() {
    restart();
    setWarning('');
    setAnnouncement(ui.room.startAgainAnnounce);
    focusAfterRender(() => heading.current);
  }

  const stage: RoomControls = { timerSeconds: DEFAULT_SECONDS[kind], hydrated, resumed, announcement, warning, onNext, onBack };
  return { room, hydrated, resumed, heading, show, change, again, stage };
}
