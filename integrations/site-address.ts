import type { AstroIntegration } from 'astro';

/**
 * Says, once per build, when the build does not know the address the site will be served at
 * (SITE_URL): its pages then leave out the links naming each page's other edition (hreflang), which
 * search engines read only as full addresses. Fine for a local look; a public deploy should set it.
 */
export function siteAddress(): AstroIntegration {
  let site: URL | string | undefined;
  return {
    name: 'alongside:site-address',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site;
      },
      'astro:build:start': ({ logger }) => {
        if (!site)
          logger.info('SITE_URL is not set: pages leave out the links to their other edition (hreflang). Set it for a public deploy.');
      },
    },
  };
}
