/**
 * The links that tell search engines a page's other edition (hreflang). They must be absolute, so a
 * build told its address (SITE_URL: npm test's sub-path build) writes them, naming pages that exist;
 * a build without one (the root build) leaves them out rather than name a host it does not know.
 */
import { describe, expect, it } from 'vitest';
import { base, fileForUrlPath, pages, urlPathOf } from './built-site';

const site = process.env.SITE_URL;
const linksOf = (page: (typeof pages)[number]) =>
  page.dom.querySelectorAll('link[rel="alternate"][hreflang]').map((link) => ({
    language: link.getAttribute('hreflang')!,
    href: link.getAttribute('href')!,
  }));

describe('links to a page’s other edition', () => {
  if (!site) {
    it('are left out when the build is not told the site’s address', () => {
      expect(pages.filter((page) => linksOf(page).length > 0).map((page) => page.file)).toEqual([]);
    });
    return;
  }

  const withLinks = pages.filter((page) => linksOf(page).length > 0);
  it('are on every page that has a twin in the other edition (modules, help, the guide…)', () => {
    for (const file of ['modules/boundaries/index.html', 'es/modules/boundaries/index.html', 'help/index.html', 'es/resources/index.html'])
      expect(withLinks.map((page) => page.file)).toContain(file);
  });

  for (const page of withLinks) {
    it(`${page.file}: names itself and its twin at the site’s full address, and both exist`, () => {
      const links = linksOf(page);
      const origin = new URL(site).origin;
      expect(links.map((link) => link.language).sort()).toEqual(['en', 'es', 'x-default']);
      for (const link of links) {
        const url = new URL(link.href);
        expect(url.origin, link.href).toBe(origin);
        expect(url.pathname.startsWith(base), link.href).toBe(true);
        expect(fileForUrlPath(url.pathname), `${link.href} is a built page`).toBeDefined();
      }
      const own = page.file.startsWith('es/') ? 'es' : 'en';
      expect(new URL(links.find((link) => link.language === own)!.href).pathname).toBe(urlPathOf(page.file));
    });
  }
});
