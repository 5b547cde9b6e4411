import { en } from './en';
import { enStatic } from './en-static';

/** The active interface language. A second language would be chosen here (e.g. from the page's lang). */
export const ui = en;
/** Strings only .astro pages and components render at build time; kept out of `ui` so browser bundles stay small. */
export const staticUi = enStatic;
export const lang = 'en';
export type { UiStrings } from './en';
export type { StaticUiStrings } from './en-static';
