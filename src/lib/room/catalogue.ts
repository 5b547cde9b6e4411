/**
 * Room mode's addresses and its index. The URLs are stable (module pages and facilitator guides link
 * to them): /room/roleplay/<role-play id>/ and /room/quiz/<quiz id>/, ids being the content file names.
 */
import { inCourseOrder } from '../curriculum/order';

export type RoomKind = 'roleplay' | 'quiz';

/** Site-relative path of an activity in room mode (pass it through withBase for a link). */
export function roomPath(kind: RoomKind, id: string): string {
  return `/room/${kind}/${id}/`;
}

interface ModuleLike {
  id: string;
  data: { order: number; title: string; minutes: number; required: boolean; prerequisites: string[] };
}
interface ActivityLike {
  id: string;
  data: { module: string; title: string };
}

export interface RoomIndexEntry {
  id: string;
  title: string;
  order: number;
  roleplays: { id: string; title: string; path: string }[];
  quizzes: { id: string; title: string; path: string }[];
}

/** Every module with something to run in a room, in course order; activities by title within each. */
export function roomIndex(
  modules: readonly ModuleLike[],
  roleplays: readonly ActivityLike[],
  quizzes: readonly ActivityLike[],
): RoomIndexEntry[] {
  const listed = (entries: readonly ActivityLike[], kind: RoomKind, moduleId: string) =>
    entries
      .filter((entry) => entry.data.module === moduleId)
      .map((entry) => ({ id: entry.id, title: entry.data.title, path: roomPath(kind, entry.id) }))
      .sort((a, b) => a.title.localeCompare(b.title, 'en'));
  return inCourseOrder(modules)
    .map((module) => ({
      id: module.id,
      title: module.data.title,
      order: module.data.order,
      roleplays: listed(roleplays, 'roleplay', module.id),
      quizzes: listed(quizzes, 'quiz', module.id),
    }))
    .filter((entry) => entry.roleplays.length + entry.quizzes.length > 0);
}
