import { expect, testInOneTab as test } from './fixtures';
import type { Request } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { wake } from './helpers';
import { axeSweepPaths, onePerKind, scriptsAndPolicyOf, sitePaths, subPathSitePaths } from './site-pages';
import { languageOfPath } from '../../src/lib/i18n/language';
import { search as englishSearch } from '../../src/lib/i18n/en/search';
import { search as spanishSearch } from '../../src/lib/i18n/es/search';

/** The search box's name and a word to search for, in the page's edition (Spanish pages live under es/). */
const searchFor = (path: string) =>
  path.startsWith('es/') ? { label: spanishSearch.label, word: 'escucha' } : { label: englishSearch.label, word: 'listening' };

// One visit to every built page (a family of pages from one template through its stand-ins:
// tests/page-families.ts): its accessibility in light and dark schemes (where it is swept, at the root
// only), then the page on a phone-sized screen, its Content-Security-Policy, and privacy (no other origin,
// no cookies). One visit, not one per check: the sweep's cost grows with the course.
// Under a sub-path (BASE_PATH), only what depends on the path runs again: see subPathSitePaths.
const atRoot = (process.env.BASE_PATH ?? '/') === '/';
const paths = atRoot ? sitePaths : subPathSitePaths;
// What scripts do once someone acts is tried once per set of scripts and policy: search (the same script
// on every page), and waking the exercises (their code, and their data file, which each loads by the
// same code from the address in its props). Whether these load and run within the policy depends on the
// scripts and the policy, not on the words. What does depend on the page is checked for every page by
// the built-site checks, at both bases: that every address a page holds resolves, an island's code and
// data file among them (tests/dist/links.test.ts), and that each exercise a page places is in its data
// file (tests/dist/byte-budgets.test.ts). Every page shows its search box.
const scriptPaths = new Set(onePerKind(paths, scriptsAndPolicyOf));
// Every module page carries the course twice (the sidebar, and the phone's fold), a quarter of its
// elements today and more as the course grows. The lists are the same markup on every module page of an
// edition but for the current module (tests/dist/course-frame.test.ts), so the sweep checks them in full
// on one module page per edition and leaves them out on the rest.
const MODULE_PAGE = /^(?:es\/)?modules\/[^/]+\/$/;
const courseListsSwept = new Set(
  onePerKind(
    axeSweepPaths.filter((path) => MODULE_PAGE.test(path)),
    (path) => languageOfPath(path),
  ),
);

for (const path of paths) {
  // Left out of the sweep: pages another swept page stands for (tests/page-families.ts), and all under a sub-path.
  const sweep = atRoot && axeSweepPaths.includes(path);
  const acts = scriptPaths.has(path);
  const name = `${sweep ? 'is accessible in light and dark mode, ' : ''}fits 320 px, ${acts ? 'wakes any exercises, finds pages through its search box, ' : ''}keeps to its Content-Security-Policy, and asks nothing of other websites`;
  test(`/${path} ${name}`, async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const foreign: string[] = [];
    const noteForeign = (request: Request) => {
      const url = new URL(request.url());
      if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
    };
    page.on('request', noteForeign);
    await page.goto(path);

    if (sweep) {
      const excluding = MODULE_PAGE.test(path) && !courseListsSwept.has(path) ? '.course-list' : undefined;
      await expectNoAxeViolations(page, 'light mode', { excluding });
      // The dark scheme changes colours only (src/styles/global.css), so its pass checks the colour rules.
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page, 'dark mode', { coloursOnly: true, excluding });
      await page.emulateMedia({ colorScheme: 'light' });
    }

    await page.setViewportSize({ width: 320, height: 640 });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, 'page is wider than a 320 px screen').toBeLessThanOrEqual(0);

    expect(await page.locator('meta[http-equiv="content-security-policy"]').count()).toBe(1);
    const { label, word } = searchFor(path);
    await expect(page.getByRole('searchbox', { name: label })).toBeVisible();
    if (acts) {
      for (const island of await page.locator('astro-island').all()) {
        await island.scrollIntoViewIfNeeded(); // hydrate each one: in view, and touched if it waits for a touch
        await wake(island);
      }
      await page.waitForFunction(() => document.querySelectorAll('astro-island[ssr]').length === 0);
      await page.getByRole('searchbox', { name: label }).fill(word);
      await expect(page.getByRole('status').filter({ hasText: new RegExp(`[“«]${word}[”»]`) })).toBeVisible();
    }
    expect(await page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations)).toEqual([]);

    page.off('request', noteForeign);
    expect(foreign).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
  });
}
