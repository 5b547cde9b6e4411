/**
 * What the session planner plans from (each module's id, title, order and agenda), for the planner
 * island to read instead of carrying it in the page (components/shared/island-data.ts).
 */
import type { APIRoute } from 'astro';
import { getCollection } from '../../content/edition';
import { toPlannerModules } from '../../lib/planner/plan';

export const GET: APIRoute = async () =>
  new Response(JSON.stringify(toPlannerModules(await getCollection('modules'))), { headers: { 'Content-Type': 'application/json' } });
