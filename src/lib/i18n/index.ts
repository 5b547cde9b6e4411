import type * as en from './en';
import { enStatic } from './en-static';
import { esStatic } from './es-static';
import { localized } from './localized';

/**
 * The interface strings, as a namespace: `ui.quiz.check` is a static lookup the bundler can follow, so
 * each page ships only the features it reads (an object here would ship all of them). Each feature
 * answers in the language of the page being rendered or shown (./language.ts).
 */
export * as ui from './ui';
/** Strings only .astro pages and components render at build time; kept out of `ui` so browser bundles stay small. */
export const staticUi = /* @__PURE__ */ localized({ en: enStatic, es: esStatic });
export { currentLanguage, languageOfPath, type Language } from './language';
export type UiStrings = typeof en;
export type { StaticUiStrings } from './en-static';
