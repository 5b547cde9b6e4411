import { z } from 'astro/zod';

/** A glossary file (`src/content/glossary/<id>.yaml`): a language pair or a term. */
export const glossarySchema = z.discriminatedUnion('kind', [
  z.object({
    /** A stigmatizing word or phrase and the words to use instead. */
    kind: z.literal('pair'),
    /** Words to avoid. The language test fails if module prose uses one outside an <Avoid> teaching example. */
    avoid: z.array(z.string().min(2)).min(1),
    /** What to say instead. */
    useInstead: z.array(z.string().min(2)).min(1),
    /** Why the change matters, in a sentence or two. */
    why: z.string().min(20),
  }),
  z.object({
    /** A term a mentor will meet, with a plain definition. */
    kind: z.literal('term'),
    /** The term itself. */
    term: z.string().min(2),
    /** What it means, in plain words. */
    definition: z.string().min(20),
  }),
]);

export type GlossaryData = z.infer<typeof glossarySchema>;
