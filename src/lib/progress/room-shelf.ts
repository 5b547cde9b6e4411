/**
 * The tab shelf for room mode: keeps a room session for the length of the browser tab, so a reload (or a clicker's "start show"
 * key, often F5) does not lose the room's path. It uses sessionStorage under its own key and
 * never touches the learner's progress ("alongside:progress"): a trainer's room run is not their own
 * training. Every read is validated; anything unreadable is treated as "no session".
 */
import * as v from '../validate';
import type { QuizRoom } from '../room/quiz-room';
import type { RolePlayRoom } from '../room/roleplay-room';
import type { RoomKind } from '../room/catalogue';
import { roomKey } from './keys';

export { roomKey };

export type SessionStorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const id = v.string({ pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, max: 100 });
const position = v.int({ min: 0, max: 10_000 });
const tallies = v.record(id, v.record(id, v.int({ min: 0, max: 999 })));

const rolePlayRoomSchema = v.object({
  steps: v.array(v.object({ node: id, choice: id }), { max: 200 }),
  at: position,
  picked: v.nullable(id),
  tallies,
});

const quizRoomSchema = v.object({
  at: position,
  selections: v.record(id, v.array(id, { max: 10 })),
  revealed: v.array(id, { max: 500 }),
  tallies,
});

export function readRolePlayRoom(storage: SessionStorageLike | undefined, scriptId: string): RolePlayRoom | undefined {
  return read(storage, roomKey('roleplay', scriptId), rolePlayRoomSchema);
}

export function readQuizRoom(storage: SessionStorageLike | undefined, quizId: string): QuizRoom | undefined {
  return read(storage, roomKey('quiz', quizId), quizRoomSchema);
}

/** Saves the room; false if storage is unavailable or full (the session then lives in memory only). */
export function writeRoom(
  storage: SessionStorageLike | undefined,
  kind: RoomKind,
  activityId: string,
  room: RolePlayRoom | QuizRoom,
): boolean {
  if (!storage) return false;
  try {
    storage.setItem(roomKey(kind, activityId), JSON.stringify(room));
    return true;
  } catch {
    return false;
  }
}

export function clearRoom(storage: SessionStorageLike | undefined, kind: RoomKind, activityId: string): void {
  try {
    storage?.removeItem(roomKey(kind, activityId));
  } catch {
    // Nothing to do: a session that cannot be removed will be ignored or overwritten next time.
  }
}

function read<T>(storage: SessionStorageLike | undefined, key: string, schema: v.Schema<T>): T | undefined {
  try {
    const raw = storage?.getItem(key);
    if (!raw) return undefined;
    const result = schema.safeParse(JSON.parse(raw));
    return result.success ? result.data : undefined;
  } catch {
    return undefined;
  }
}
