import { en } from './en';

/** The active interface language. A second language would be chosen here (e.g. from the page's lang). */
export const ui = en;
export const lang = 'en';
export type { UiStrings } from './en';
