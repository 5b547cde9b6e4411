import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

interface QuerySet {
  queries: { query: string; pages: string[] }[];
}
const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'search-queries.json'), 'utf8')) as QuerySet;

// Situations a mentor types, each with the pages that must come up in the first three results. Every
// query goes through the site's own search box on one page (typed, then Enter), so the query clean-up
// and ranking in src/lib/search count. Each query is one round trip to the page, which keeps this quick.
test('realistic searches find the right page in the top 3', async ({ page, baseURL }) => {
  await page.goto('./');
  const basePath = new URL(baseURL!).pathname;
  await expect(page.getByRole('searchbox', { name: 'Search the training' })).toBeVisible();
  const misses: string[] = [];
  for (const { query, pages } of queries) {
    const top = await page.evaluate(async (typed) => {
      const box = document.querySelector<HTMLInputElement>('#site-search-input')!;
      const status = document.getElementById('site-search-status')!;
      const answered = new Promise<void>((resolve) => {
        const observer = new MutationObserver(() => {
          if (status.textContent?.includes(`“${typed}”`)) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(status, { childList: true, characterData: true, subtree: true });
      });
      // What typing and pressing Enter do: the box's input event, then the form's submit.
      box.value = typed;
      box.dispatchEvent(new Event('input', { bubbles: true }));
      box.form!.requestSubmit();
      await answered;
      // The first link of each result is the page itself; the links under it open its sections.
      return [...document.querySelectorAll<HTMLAnchorElement>('.search-results > li > a:first-child')]
        .slice(0, 3)
        .map((link) => new URL(link.href).pathname);
    }, query);
    const wanted = pages.map((path) => `${basePath}${path}`);
    if (!top.some((url) => wanted.includes(url))) misses.push(`"${query}": wanted ${pages.join(' or ')}, got ${top.join(', ')}`);
  }
  expect(queries.length).toBeGreaterThanOrEqual(60);
  expect(misses, `${misses.length} of ${queries.length} queries missed:\n${misses.join('\n')}`).toEqual([]);
});
