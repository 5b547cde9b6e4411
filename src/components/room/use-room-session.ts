import { useEffect, useState } from 'react';
import type { RoomKind } from '../../lib/room/catalogue';
import type { QuizRoom } from '../../lib/room/quiz-room';
import type { RolePlayRoom } from '../../lib/room/roleplay-room';
import { clearRoom, writeRoom, type SessionStorageLike } from '../../lib/progress/room-shelf';
// From its own file, not lib/progress's index: that would bring the learner's progress store (about
// 4.4 KB compressed) into room mode, which never reads it.
import { browserStorage } from '../../lib/progress/browser-storage';

/** sessionStorage, or undefined where the browser refuses it (some privacy settings throw on access). */
const tabStorage = (): SessionStorageLike | undefined => browserStorage('sessionStorage');

/**
 * A room session that survives a reload of this tab and nothing more. It starts fresh on the server
 * and during hydration, picks up a kept session after mount (no hydration mismatch), and writes every
 * change back to sessionStorage. It never touches the learner's progress.
 */
export function useRoomSession<T extends RolePlayRoom | QuizRoom>(
  kind: RoomKind,
  id: string,
  start: () => T,
  restore: (storage: SessionStorageLike | undefined) => T | undefined,
): { room: T; setRoom: (room: T) => void; resumed: boolean; restart: () => void } {
  const [room, setRoom] = useState(start);
  const [loaded, setLoaded] = useState(false);
  const [resumed, setResumed] = useState(false);

  useEffect(() => {
    const kept = restore(tabStorage());
    // Only a session that got somewhere counts as "picked up"; a kept but untouched one is just a fresh start.
    if (kept && JSON.stringify(kept) !== JSON.stringify(start())) {
      setRoom(kept);
      setResumed(true);
    }
    setLoaded(true);
    // Restore once, on mount: later renders must not pull an old session back over the room's moves.
  }, []);

  useEffect(() => {
    if (loaded) writeRoom(tabStorage(), kind, id, room);
  }, [loaded, kind, id, room]);

  const restart = () => {
    clearRoom(tabStorage(), kind, id);
    setResumed(false);
    setRoom(start());
  };
  return { room, setRoom, resumed, restart };
}
