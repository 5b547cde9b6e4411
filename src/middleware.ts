import { defineMiddleware } from 'astro:middleware';
import { languageOfPath, setRenderLanguage } from './lib/i18n/language';

/**
 * Before each page renders, note its language (from its path: /es/… is Spanish), so interface strings,
 * links and content lookups made while rendering it answer in that language. The build renders one page
 * at a time (Astro's default build concurrency), so the note cannot leak into another page.
 */
export const onRequest = defineMiddleware((context, next) => {
  setRenderLanguage(languageOfPath(context.url.pathname, import.meta.env.BASE_URL));
  return next();
});
