import type { Language } from './language';

/**
 * Each edition's name in its own language, for the language switcher: a Spanish speaker looks for
 * "Español" on an English page, so it is never translated (the link carries lang and hreflang).
 */
export const editionNames: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };

/**
 * An English page's offer to run a Spanish-looking search in the Spanish edition, whose index holds the
 * Spanish pages. Written in Spanish whatever the page's language, for the person who typed in Spanish.
 */
export const searchInSpanish = (query: string) => `Buscar «${query}» en la edición en español`;
