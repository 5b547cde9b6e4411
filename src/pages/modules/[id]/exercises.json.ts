/**
 * Each module's quizzes and role-plays in full, for its islands to read when a learner gets past the
 * first view (src/lib/exercises). A static file per module, so the service worker precaches it.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from '../../../content/edition';
import { endingResources } from '../../../components/mdx/resource-entry';
import { competencyName } from '../../../lib/curriculum/competencies';
import { moduleExercises } from '../../../lib/exercises/module-exercises';
import { DILEMMA_QUIZ_ID, dilemmaPractice } from '../../../lib/dilemmas/bank';
import { withBase } from '../../../lib/url';

export const getStaticPaths = (async () => {
  const modules = await getCollection('modules');
  return modules.map((entry) => ({ params: { id: entry.id } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  // The dilemma bank is practised as one quiz on its module's page (src/components/mdx/DilemmaBank.astro).
  const dilemmas = await getCollection('dilemmas');
  const roleplayEntries = await getCollection('roleplays');
  const practice = dilemmas.length ? [{ id: DILEMMA_QUIZ_ID, data: dilemmaPractice(dilemmas, roleplayEntries, withBase) }] : [];
  const quizzes = [...(await getCollection('quizzes')), ...practice];
  const roleplays = await Promise.all(roleplayEntries.map(async (entry) => ({ ...entry, resources: await endingResources(entry) })));
  const exercises = moduleExercises(params.id ?? '', quizzes, roleplays, competencyName);
  return new Response(JSON.stringify(exercises), { headers: { 'Content-Type': 'application/json' } });
};
