/**
 * What the search box sends to Pagefind. Pagefind matches pages that contain every word, so a long
 * question ("my mentee said she wants to die") matches pages by its commonest words and buries the
 * page that answers it. Long questions lose their common words, and a few misspellings people make
 * with the words that matter most here are corrected before searching.
 */

/** Words that say little about which page answers a question. Never "myself" or "not": they change the meaning. */
const commonWords = new Set(
  (
    'a about after again all also am an and any are as ask asked asking asks at be been before being but by can ' +
    'could did do does doing for from get gets got had has have he her him his how i if in into is it its just ' +
    'keeps know like me mentee mentees mentor my of on or our really said say says she should so some someone ' +
    'tell tells that the their them then there they this to told too very was we were what when where which who ' +
    'why will with would you your quiero el la los las de del un una que y mi es'
  ).split(' '),
);

/** A question this long or longer drops its common words; a short one is searched as typed. */
const LONG_QUESTION = 3;

/** Misspellings of the words that matter most on this site, and what was meant. */
const corrections: Record<string, string> = {
  suicde: 'suicide',
  sucide: 'suicide',
  suiside: 'suicide',
  suicidle: 'suicidal',
  overdoes: 'overdose',
  overdossed: 'overdosed',
  ovedose: 'overdose',
  narcon: 'narcan',
  nalaxone: 'naloxone',
  naloxon: 'naloxone',
  naloxine: 'naloxone',
  boundries: 'boundaries',
  bounderies: 'boundaries',
  confidentality: 'confidentiality',
  confidentiallity: 'confidentiality',
  methodone: 'methadone',
  methadon: 'methadone',
  relaspe: 'relapse',
  relapes: 'relapse',
  withdrawl: 'withdrawal',
  withdrawel: 'withdrawal',
  suboxen: 'suboxone',
  sobriaty: 'sobriety',
  sponser: 'sponsor',
  listning: 'listening',
  burnt: 'burned',
};

/** Lower case, plain apostrophes, no punctuation but apostrophes and hyphens inside words. */
export function normalizeQuery(query: string): string {
  return query
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/[^\p{L}\p{N}'\s-]/gu, ' ')
    .replace(/(^|\s)['-]+|['-]+(?=\s|$)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words to search for: corrected, and for a long question without its common words. */
export function searchWords(query: string): string[] {
  const words = normalizeQuery(query)
    .split(' ')
    .filter(Boolean)
    .flatMap((word) => (corrections[word] ?? word).split(' '));
  if (words.length < LONG_QUESTION) return words;
  const telling = words.filter((word) => !commonWords.has(word));
  return telling.length > 0 ? telling : words;
}

/**
 * Whether to search as someone types this. One letter or digit matches most of the index's words, so
 * its results say nothing (nor do a few single letters), and reading them held the page up: marking
 * every match in eight pages' text took about a quarter of a second here, and the next keys waited to
 * appear. Search starts with a word of two characters; Enter searches whatever is typed.
 */
export function worthSearchingWhileTyping(query: string): boolean {
  return normalizeQuery(query)
    .split(' ')
    .some((word) => [...word].length >= 2);
}

/** The query as Pagefind should see it. */
export function searchQuery(query: string): string {
  return searchWords(query).join(' ');
}

/** Words common in Spanish searches and not English words (so "alcohol" or "crisis" do not count). */
const spanishWords = new Set(
  (
    'español espanol ayuda quiero morir cómo como qué que para con por una los las del mi tengo estoy necesito ' +
    'dónde donde tratamiento línea linea sobredosis drogas recuperación recuperacion límites limites escucha ' +
    'confidencialidad ética etica familia apoyo hablar mentora persona consumo'
  ).split(' '),
);

/**
 * True when a search looks Spanish (a Spanish-only letter or mark, or a word common in Spanish), so an
 * English page can offer the same search in the Spanish edition, whose index holds the Spanish pages.
 */
export function looksSpanish(query: string): boolean {
  const text = query.toLowerCase();
  if (/[ñ¿¡áéíóú]/.test(text)) return true;
  return text.split(/[^a-zñáéíóúü]+/).some((word) => spanishWords.has(word));
}
