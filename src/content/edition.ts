/**
 * Content in the page's language. Pages and components read collections through here instead of
 * `astro:content`: on a Spanish page, a module, quiz or role-play written in Spanish stands in for the
 * English one with the same id (so saved progress carries over), and a resource guide entry takes its
 * Spanish words. What has no Spanish version stays English; `writtenIn` says which a page got.
 */
import { getCollection as collection, getEntry as entry, type CollectionEntry, type CollectionKey } from 'astro:content';
import { currentLanguage, type Language } from '../lib/i18n/language';

export { render, type CollectionEntry } from 'astro:content';

/** The Spanish collection for each collection the Spanish edition translates whole. */
const spanishCollection = { modules: 'esModules', quizzes: 'esQuizzes', roleplays: 'esRoleplays' } as const;
type Translated = keyof typeof spanishCollection;
const isTranslated = (name: CollectionKey): name is Translated => name in spanishCollection;

/** Entries that came from a Spanish file (a Spanish module, or a resource with its Spanish words). */
const inSpanish = new WeakSet<object>();

/** The language an entry's words are in. */
export function writtenIn(item: object): Language {
  return inSpanish.has(item) ? 'es' : 'en';
}

async function spanishById(name: CollectionKey): Promise<Map<string, object>> {
  if (isTranslated(name)) return new Map((await collection(spanishCollection[name])).map((item) => [item.id, item]));
  if (name === 'resources') return new Map((await collection('esResources')).map((item) => [item.id, item]));
  return new Map();
}

const isResource = (item: { collection: string }): item is CollectionEntry<'resources'> => item.collection === 'resources';

/** A resource guide entry with its Spanish words (numbers and links stay the English entry's). */
function withSpanishWords(
  resource: CollectionEntry<'resources'>,
  words: CollectionEntry<'esResources'>['data'],
): CollectionEntry<'resources'> {
  const merged: CollectionEntry<'resources'> = {
    ...resource,
    data: {
      ...resource.data,
      name: words.name ?? resource.data.name,
      summary: words.summary,
      audience: words.audience,
      hours: words.hours,
      cost: words.cost,
      languages: words.languages,
      region: words.region,
      keywords: [...resource.data.keywords, ...words.keywords],
    },
  };
  inSpanish.add(merged);
  return merged;
}

/** The English entry, or its Spanish stand-in: a translated entry whole, or a resource with Spanish words. */
function localize<C extends CollectionKey>(english: CollectionEntry<C>, spanish: object | undefined): CollectionEntry<C> {
  if (!spanish) return english;
  if (isResource(english)) return withSpanishWords(english, (spanish as CollectionEntry<'esResources'>).data) as CollectionEntry<C>;
  inSpanish.add(spanish);
  return spanish as CollectionEntry<C>;
}

/** Every entry of a collection, in the page's language (entries are the English ones, or their stand-ins). */
export async function getCollection<C extends CollectionKey>(
  name: C,
  filter?: (item: CollectionEntry<C>) => unknown,
): Promise<CollectionEntry<C>[]> {
  const english = await collection(name);
  const spanish = currentLanguage() === 'es' ? await spanishById(name) : new Map<string, object>();
  const items = english.map((item) => localize(item, spanish.get(item.id)));
  return filter ? items.filter(filter) : items;
}

/** One entry by id, in the page's language; undefined if there is none. */
export async function getEntry<C extends CollectionKey>(name: C, id: string): Promise<CollectionEntry<C> | undefined> {
  const english = (await entry(name, id)) as CollectionEntry<C> | undefined;
  if (!english || currentLanguage() !== 'es') return english;
  return localize(english, (await spanishById(name)).get(id));
}
