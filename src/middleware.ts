import { AsyncLocalStorage } from 'node:async_hooks';
import { defineMiddleware } from 'astro:middleware';
import { inLanguage, keepRenderLanguagePerPage, languageOfPath, type Language } from './lib/i18n/language';

// Each page's language is kept with its own render, so pages the build renders side by side
// (astro.config.mjs, build concurrency) never read each other's.
keepRenderLanguagePerPage(new AsyncLocalStorage<Language>());

/**
 * Renders each page in its language (from its path: /es/… is Spanish), so interface strings, links and
 * content lookups made while rendering it answer in that language.
 */
export const onRequest = defineMiddleware((context, next) =>
  inLanguage(languageOfPath(context.url.pathname, import.meta.env.BASE_URL), next),
);
