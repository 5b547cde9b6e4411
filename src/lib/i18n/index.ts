import type * as en from './en';
import { enStatic } from './en-static';

/**
 * The active interface language, as a namespace: `ui.quiz.check` is a static lookup the bundler can
 * follow, so each page ships only the features it reads (an object here would ship all of them).
 * A second language would be chosen here (e.g. from the page's lang).
 */
export * as ui from './en';
/** Strings only .astro pages and components render at build time; kept out of `ui` so browser bundles stay small. */
export const staticUi = enStatic;
export const lang = 'en';
export type UiStrings = typeof en;
export type { StaticUiStrings } from './en-static';
