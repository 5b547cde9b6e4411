import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from './fixtures';
import { search as spanishSearch } from '../../src/lib/i18n/es/search';

interface QuerySet {
  queries: { query: string; pages: string[] }[];
}
const read = (file: string) => JSON.parse(readFileSync(join(import.meta.dirname, '..', file), 'utf8')) as QuerySet;
const english = read('search-queries.json');
const spanish = read('search-queries-es.json');

/** The paths of the first three results the site's search box gives for a query, typed and submitted. */
async function topThree(page: Page, query: string): Promise<string[]> {
  return page.evaluate(async (typed) => {
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
}

/** The queries whose wanted pages are not among their first three results, as readable lines. */
async function misses(page: Page, basePath: string, set: QuerySet): Promise<string[]> {
  const missed: string[] = [];
  for (const { query, pages } of set.queries) {
    const top = await topThree(page, query);
    const wanted = pages.map((path) => `${basePath}${path}`);
    if (!top.some((url) => wanted.includes(url))) missed.push(`"${query}": wanted ${pages.join(' or ')}, got ${top.join(', ')}`);
  }
  return missed;
}

// Situations a mentor types, each with the pages that must come up in the first three results. Every
// query goes through the site's own search box on one page (typed, then Enter), so the query clean-up
// and ranking in src/lib/search count. Each query is one round trip to the page, which keeps this quick.
test('realistic searches find the right page in the top 3', async ({ page, baseURL }) => {
  await page.goto('./');
  await expect(page.getByRole('searchbox', { name: 'Search the training' })).toBeVisible();
  const missed = await misses(page, new URL(baseURL!).pathname, english);
  expect(english.queries.length).toBeGreaterThanOrEqual(60);
  expect(missed, `${missed.length} of ${english.queries.length} queries missed:\n${missed.join('\n')}`).toEqual([]);
});

// The same in the Spanish edition, whose pages Pagefind indexes apart (one index per language).
test('realistic Spanish searches find the right Spanish page in the top 3', async ({ page, baseURL }) => {
  await page.goto('./es/');
  await expect(page.getByRole('searchbox', { name: spanishSearch.label })).toBeVisible();
  const missed = await misses(page, new URL(baseURL!).pathname, spanish);
  expect(spanish.queries.length).toBeGreaterThanOrEqual(20);
  expect(missed, `${missed.length} of ${spanish.queries.length} queries missed:\n${missed.join('\n')}`).toEqual([]);
});
