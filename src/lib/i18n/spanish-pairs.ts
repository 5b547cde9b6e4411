/**
 * The Spanish avoid/use list (src/content/es/language-pairs.yaml), read and validated at build time for the
 * Spanish edition's "Palabras" page. The Spanish language test reads the same file, so the page shows
 * exactly the words the checks hold the Spanish content to.
 */
import { parse } from 'yaml';
import raw from '../../content/es/language-pairs.yaml?raw';
import { spanishLanguagePairsSchema, type SpanishLanguagePair } from '../../content/schemas/language-pairs-es';

export function spanishLanguagePairs(): SpanishLanguagePair[] {
  const result = spanishLanguagePairsSchema.safeParse(parse(raw));
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('\n');
    throw new Error(`src/content/es/language-pairs.yaml:\n${problems}`);
  }
  return result.data;
}

/** The forms a page shows for an entry: the first few (a verb can have thirty), marked when there are more. */
export const shownForms = (pair: SpanishLanguagePair, most = 4): { forms: string[]; more: boolean } => ({
  forms: pair.avoid.slice(0, most),
  more: pair.avoid.length > most,
});
