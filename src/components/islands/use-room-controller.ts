import { useRef, useState } from 'react';
import { ui } from '../../lib/i18n';
import type { RoomKind } from '../../lib/room/catalogue';
import type { Move } from '../../lib/room/navigation';
import type { QuizRoom } from '../../lib/room/quiz-room';
import type { RolePlayRoom } from '../../lib/room/roleplay-room';
import type { SessionStorageLike } from '../../lib/room/session-store';
import { DEFAULT_SECONDS } from '../../lib/room/timer';
import { useFocusAfterRender } from './use-focus-after-render';
import { useHydrated } from './use-hydrated';
import { usePresenterKeys } from './use-presenter-keys';
import { useRoomSession } from './use-room-session';

/** What a room activity brings to the controller; the moves themselves are decided in lib/room. */
export interface RoomActivity<T> {
  kind: RoomKind;
  id: string;
  start: () => T;
  /** The session kept in this tab, made to fit the content, or undefined. */
  restore: (storage: SessionStorageLike | undefined) => T | undefined;
  forward: (room: T) => Move<T>;
  back: (room: T) => Move<T>;
  /** What a screen reader hears when a screen appears. */
  describe: (room: T) => string;
}

/**
 * The part every room activity shares: the session kept in this tab, Next and Back from the buttons
 * and the presenter clicker, refusals said aloud, focus on each new screen's heading, and starting
 * again. The island draws the screens; `stage` goes to RoomStage as it is.
 */
export function useRoomController<T extends RolePlayRoom | QuizRoom>(activity: RoomActivity<T>) {
  const hydrated = useHydrated();
  const { room, setRoom, resumed, restart } = useRoomSession(activity.kind, activity.id, activity.start, activity.restore);
  const [announcement, setAnnouncement] = useState('');
  const [warning, setWarning] = useState('');
  const heading = useRef<HTMLHeadingElement>(null);
  const focusAfterRender = useFocusAfterRender();

  /** Shows a new screen, says what it shows, and moves focus to its heading (out of any form control, so the clicker keeps working). */
  function show(next: T) {
    setRoom(next);
    setWarning('');
    setAnnouncement(activity.describe(next));
    focusAfterRender(() => heading.current);
  }

  function move({ room: next, blocked }: Move<T>) {
    if (!blocked) return show(next);
    setWarning(ui.room.blocked[blocked]);
    setAnnouncement(ui.room.blocked[blocked]);
  }
  const onNext = () => move(activity.forward(room));
  const onBack = () => move(activity.back(room));
  usePresenterKeys({ next: onNext, back: onBack }, hydrated);

  /** A change on the same screen (a vote, the room's pick), said aloud. A pick settles a "pick first" warning. */
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

  return {
    room,
    hydrated,
    resumed,
    /** The current screen's heading: it takes focus after each move. */
    heading,
    show,
    change,
    again,
    stage: { timerSeconds: DEFAULT_SECONDS[activity.kind], hydrated, resumed, announcement, warning, onNext, onBack },
  };
}
