/**
 * This build's id (integrations/build-id.ts sets it for each build; "dev" under the dev server). Pages
 * carry it in <meta name="alongside-build">, the service worker caches under it, and search tags
 * Pagefind's entry file with it.
 */
export const buildId = (import.meta.env.PUBLIC_BUILD_ID as string | undefined) ?? 'dev';
