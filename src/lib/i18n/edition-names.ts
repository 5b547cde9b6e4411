import type { Language } from './language';

/**
 * Each edition's name in its own language, for the language switcher: a Spanish speaker looks for
 * "Español" on an English page, so it is never translated (the link carries lang and hreflang).
 */
export const editionNames: Readonly<Record<Language, string>> = { en: 'English', es: 'Español' };
