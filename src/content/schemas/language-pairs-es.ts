import { z } from 'astro/zod';

/**
 * One entry of the Spanish avoid/use list (`src/content/es/language-pairs.yaml`): the Spanish counterpart
 * of the English glossary's language pairs, as data the language test reads.
 */
export const spanishLanguagePairSchema = z.object({
  /**
   * Every form to avoid, written out: masculine and feminine, singular and plural, and a verb's forms
   * ("recayó", "recaída"). The language test flags each one outside an <Avoid> teaching example.
   */
  avoid: z.array(z.string().min(2)).min(1),
  /** What to say instead. */
  use: z.array(z.string().min(2)).min(1),
  /** Why the change matters, in a sentence or two, in Spanish. */
  why: z.string().min(20),
  /**
   * Phrases in which one of this entry's forms has another meaning or is part of a proper name ("círculo
   * vicioso", "bebida alcohólica", "Alcohólicos Anónimos"): a match inside one of them is not flagged.
   */
  except: z.array(z.string().min(3)).default([]),
  /**
   * True for a word that is also the ordinary name for whoever leads a session ("persona facilitadora"),
   * avoided only in its other sense ("enabler"). The test then skips the trainer's guide (a module's
   * `facilitator` block), where the word has its ordinary sense.
   */
  trainerWord: z.boolean().default(false),
  /**
   * True when the forms are a verb's (recaer, recayó, recaiga…), written out one by one. The test that every
   * label lists its four forms of gender and number (adicto, adicta, adictos, adictas) then skips them.
   */
  verb: z.boolean().default(false),
});

/** The whole list. A form appears once, so each has one reason and one set of words to use instead. */
export const spanishLanguagePairsSchema = z
  .array(spanishLanguagePairSchema)
  .min(1)
  .superRefine((pairs, ctx) => {
    const seen = new Map<string, number>();
    pairs.forEach((pair, index) =>
      pair.avoid.forEach((form, at) => {
        const key = form.toLocaleLowerCase('es');
        const first = seen.get(key);
        if (first !== undefined)
          ctx.addIssue({ code: 'custom', path: [index, 'avoid', at], message: `"${form}" is already avoided by entry ${first}` });
        else seen.set(key, index);
      }),
    );
  });

export type SpanishLanguagePair = z.infer<typeof spanishLanguagePairSchema>;
