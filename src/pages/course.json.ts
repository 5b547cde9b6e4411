/**
 * The whole course as the module pages' sidebar works out each module's status from it
 * (summarizeCurriculum). The same on every module page, so it is one file, fetched once and cached
 * (and precached by the service worker), rather than a copy in every page (issue #18).
 */
import type { APIRoute } from 'astro';
import { getCollection } from '../content/edition';
import { summarizeCurriculum } from '../lib/curriculum/summary';

export const GET: APIRoute = async () => {
  const [modules, quizzes, roleplays] = await Promise.all([getCollection('modules'), getCollection('quizzes'), getCollection('roleplays')]);
  return new Response(JSON.stringify(summarizeCurriculum(modules, quizzes, roleplays)), {
    headers: { 'Content-Type': 'application/json' },
  });
};
