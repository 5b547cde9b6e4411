import type { AstroIntegration } from 'astro';

/**
 * One id for everything a build produces: the pages carry it (<meta name="alongside-build">, read as
 * import.meta.env.PUBLIC_BUILD_ID), the service worker caches under it, and the search fetches
 * Pagefind's entry file with it, so an offline visitor always gets one consistent version.
 * Set `BUILD_ID` to pin it (e.g. to a commit); otherwise each build gets a new one. It is set here,
 * at config setup, because Astro reads PUBLIC_ variables from the environment after this hook.
 * `astro dev` gets none, so pages there say "dev".
 */
export function buildId(): AstroIntegration {
  return {
    name: 'alongside:build-id',
    hooks: {
      'astro:config:setup': ({ command }) => {
        if (command === 'build') process.env.PUBLIC_BUILD_ID = process.env.BUILD_ID ?? Date.now().toString(36);
      },
    },
  };
}

/** The id of the build in progress; fails if buildId() did not run first. */
export function currentBuildId(): string {
  const id = process.env.PUBLIC_BUILD_ID;
  if (!id) throw new Error('No build id: add buildId() to the integrations in astro.config.mjs.');
  return id;
}
