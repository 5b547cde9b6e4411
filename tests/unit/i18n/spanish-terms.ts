/**
 * Finding the Spanish avoid list's words in text (src/content/es/language-pairs.yaml). Spanish needs more
 * than `\b`: JavaScript's word boundary knows only ASCII letters, so "recaí" followed by a space has no
 * boundary after its "í", and an accented letter next to a word would count as a boundary. Here a word's
 * edges are any letter, digit or hyphen (`\p{L}`, with the `u` flag), and forms are matched exactly, so
 * "limpió" (a verb) is not "limpio" and "adicción" is not "adicto".
 */
import type { SpanishLanguagePair } from '../../../src/content/schemas/language-pairs-es';

/** Names and phrases in which a listed word is not a label for a person. */
export const allowedPhrases = ['Alcohólicos Anónimos', 'Narcóticos Anónimos', 'bebida alcohólica', 'bebidas alcohólicas'];

const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
/** A form as a whole word: no letter, digit, underscore or hyphen right before or after it. */
export const wordPattern = (term: string) => new RegExp(`(?<![\\p{L}\\p{N}_-])${escape(term)}(?![\\p{L}\\p{N}_-])`, 'giu');

/** The text with each span `pattern` matches replaced by spaces, so line numbers and positions stay. */
const blank = (text: string, pattern: RegExp) => text.replace(pattern, (match) => match.replace(/[^\n]/g, ' '));
const allowed = allowedPhrases.map(wordPattern);

/** Module prose a learner or trainer reads: <Avoid> teaching examples and component tags taken out. */
export function spanishProseOf(body: string): string {
  return blank(blank(body, /<Avoid>[\s\S]*?<\/Avoid>/g), /<\/?[A-Z][^>]*>/g);
}

/**
 * Text from a YAML field with words in quotation marks taken out. YAML cannot mark a teaching example with
 * <Avoid>, so a quoted word is read as a mention (a word being taught, or what someone said), not as the
 * author's own description: `No digas "adicto"`, `La persona dice: "Soy un drogadicto."`.
 */
export function unquoted(text: string): string {
  return [/"[^"\n]*"/g, /“[^”]*”/g, /«[^»]*»/g, /‘[^’]*’/g].reduce(blank, spanishProseOf(text));
}

export interface Found {
  term: string;
  line: number;
  excerpt: string;
}

/**
 * Every avoided form in the text, with its line, except inside an allowed name or one of the list's
 * `except` phrases (where a form has another sense: "círculo vicioso", "bebida alcohólica").
 */
export function findSpanishTerms(text: string, terms: readonly string[], exceptions: readonly string[] = []): Found[] {
  const searched = [...allowed, ...exceptions.map(wordPattern)].reduce(blank, text);
  const lines = text.split('\n');
  return terms.flatMap((term) =>
    [...searched.matchAll(wordPattern(term))].map((match) => {
      const line = searched.slice(0, match.index).split('\n').length;
      return { term, line, excerpt: (lines[line - 1] ?? '').trim().slice(0, 120) };
    }),
  );
}

/**
 * Forms the list is missing: a label with gender needs all four forms (adicto, adicta, adictos, adictas;
 * consumidor, consumidora, consumidores, consumidoras), and a word ending in -e its plural (codependiente,
 * codependientes). A verb's forms (`verb: true`) and phrases are listed as they are: they follow no such pattern.
 */
export function missingForms(pairs: readonly SpanishLanguagePair[]): string[] {
  const listed = new Set(pairs.filter((pair) => !pair.verb).flatMap((pair) => pair.avoid.map((form) => form.toLocaleLowerCase('es'))));
  const missing: string[] = [];
  for (const form of listed) {
    if (/\s/.test(form)) continue;
    const stem = /^(.+)[oa]$/.exec(form)?.[1];
    if (stem && listed.has(`${stem}o`) && listed.has(`${stem}a`))
      missing.push(...[`${stem}os`, `${stem}as`].filter((plural) => !listed.has(plural)));
    if (/or$/.test(form)) missing.push(...[`${form}a`, `${form}es`, `${form}as`].filter((other) => !listed.has(other)));
    if (/[^aeiouáéíóú]e$/.test(form) && !listed.has(`${form}s`)) missing.push(`${form}s`);
  }
  return [...new Set(missing)].sort();
}
