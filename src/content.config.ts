import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { moduleSchema } from './content/schemas/modules';
import { quizSchema } from './content/schemas/quizzes';
import { roleplaySchema } from './content/schemas/roleplays';
import { resourceSchema } from './content/schemas/resources';
import { spanishResourceSchema } from './content/schemas/resources-es';
import { glossarySchema } from './content/schemas/glossary';
import { dilemmaSchema } from './content/schemas/dilemmas';
import { evaluationMeasureSchema, leadGuideSchema } from './content/schemas/leads';

/** "02-active-listening.mdx" -> "active-listening": the order prefix is for humans, the id must stay stable. */
const withoutOrderPrefix = ({ entry }: { entry: string }) => entry.replace(/\.[a-z]+$/, '').replace(/^\d+-/, '');

/** "active-listening/open-or-closed.yaml" -> "open-or-closed": ids are unique site-wide, the folder is for humans. */
const fileName = ({ entry }: { entry: string }) =>
  entry
    .replace(/\.[a-z]+$/, '')
    .split('/')
    .pop()!;

export const collections = {
  modules: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/modules', generateId: withoutOrderPrefix }),
    schema: moduleSchema,
  }),
  quizzes: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './src/content/quizzes', generateId: fileName }),
    schema: quizSchema,
  }),
  roleplays: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './src/content/roleplays', generateId: fileName }),
    schema: roleplaySchema,
  }),
  resources: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/resources', generateId: fileName }),
    schema: resourceSchema,
  }),
  glossary: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/glossary', generateId: fileName }),
    schema: glossarySchema,
  }),
  dilemmas: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/dilemmas', generateId: fileName }),
    schema: dilemmaSchema,
  }),
  /** The guide for program leads (/trainers/program-leads/), outside the mentor's course. */
  leads: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/leads', generateId: withoutOrderPrefix }),
    schema: leadGuideSchema,
  }),
  /** The measures of the printable evaluation plan (/trainers/program-leads/evaluation-plan/). */
  evaluation: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/evaluation', generateId: withoutOrderPrefix }),
    schema: evaluationMeasureSchema,
  }),
  /**
   * The Spanish edition (issue #20): modules, quizzes and role-plays written in Spanish, with the same ids
   * as the English ones (progress is shared), and the Spanish words for resource guide entries. Pages
   * read them through src/lib/content/edition.ts, which picks the page's language.
   */
  esModules: defineCollection({
    loader: glob({ pattern: '*.mdx', base: './src/content/es/modules', generateId: withoutOrderPrefix }),
    schema: moduleSchema,
  }),
  esQuizzes: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './src/content/es/quizzes', generateId: fileName }),
    schema: quizSchema,
  }),
  esRoleplays: defineCollection({
    loader: glob({ pattern: '**/*.yaml', base: './src/content/es/roleplays', generateId: fileName }),
    schema: roleplaySchema,
  }),
  esResources: defineCollection({
    loader: glob({ pattern: '*.yaml', base: './src/content/es/resources', generateId: fileName }),
    schema: spanishResourceSchema,
  }),
};
