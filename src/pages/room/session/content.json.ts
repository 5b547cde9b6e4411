/**
 * What a planned session in room mode plays from: the modules' agendas (to rebuild the plan in the
 * address) and what each step shows (slides, notes, room activities). The session island reads it
 * instead of carrying it in the page (components/shared/island-data.ts).
 */
import type { APIRoute } from 'astro';
import { getCollection } from '../../../content/edition';
import type { SessionData } from '../../../components/room/RoomSession';
import { toPlannerModules } from '../../../lib/planner/plan';
import { toSessionContent } from '../../../lib/session/content';

export const GET: APIRoute = async () => {
  const [modules, roleplays, quizzes] = await Promise.all([getCollection('modules'), getCollection('roleplays'), getCollection('quizzes')]);
  const data: SessionData = { modules: toPlannerModules(modules), content: toSessionContent(modules, roleplays, quizzes) };
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
};
