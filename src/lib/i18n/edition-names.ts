import type { Language } from './language';

/**
 * Each edition's name in its own language, for the language switcher: a Spanish speaker looks for
 * "Español" on an English page, so it is never translated (the link carries lang and hreflang).
 */
export const editionNames: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

/**
 * A link from one edition's search to the other's, in the other edition's language: an English page
 * offers a Spanish-looking search in the Spanish edition, whose index holds the Spanish pages.
 */
export const searchInEdition: Readonly<Record<Language, (query: string) => string>> = {
  en: (query) => `Search the English edition for “${query}”`,
  es: (query) => `Buscar «${query}» en la edición en español`,
};
