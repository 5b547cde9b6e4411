import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test } from '@playwright/test';

interface QuerySet {
  queries: { query: string; pages: string[] }[];
}
const { queries } = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'search-queries.json'), 'utf8')) as QuerySet;

/** The part of Pagefind's browser API (pagefind/pagefind.js in the built site) this test calls. */
interface Pagefind {
  options(options: { baseUrl: string }): Promise<void>;
  search(query: string): Promise<{ results: { data(): Promise<{ url: string }> }[] }>;
}

// Situations a mentor types, each with the pages that must come up in the first three results.
test('realistic searches find the right page in the top 3', async ({ page, baseURL }) => {
  await page.goto('./');
  const basePath = new URL(baseURL!).pathname;
  const misses: string[] = [];
  for (const { query, pages } of queries) {
    const top = await page.evaluate(
      async ([q, base]) => {
        const pagefind = (await import(/* @vite-ignore */ `${base}pagefind/pagefind.js`)) as Pagefind;
        await pagefind.options({ baseUrl: base });
        const search = await pagefind.search(q);
        return Promise.all(search.results.slice(0, 3).map(async (result) => (await result.data()).url));
      },
      [query, basePath] as const,
    );
    const wanted = pages.map((path) => `${basePath}${path}`);
    if (!top.some((url: string) => wanted.includes(url))) misses.push(`"${query}": wanted ${pages.join(' or ')}, got ${top.join(', ')}`);
  }
  expect(misses, `${misses.length} of ${queries.length} queries missed:\n${misses.join('\n')}`).toEqual([]);
});
