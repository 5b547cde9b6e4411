import { chromium } from '@playwright/test';
import { readFileSync } from 'node:fs';
const { queries } = JSON.parse(readFileSync('tests/search-queries.json', 'utf8'));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4400/');
for (const ranking of [{}, { termFrequency: 0.0 }, { termSaturation: 0.5 }, { pageLength: 0.0 }, { termFrequency: 0.5, termSaturation: 1 }]) {
  const misses = await page.evaluate(async ({ queries, ranking }) => {
    const pf = await import('/pagefind/pagefind.js');
    await pf.options({ ranking });
    const out = [];
    for (const { query, pages } of queries) {
      const s = await pf.search(query);
      const top = await Promise.all(s.results.slice(0, 3).map(async (r) => (await r.data()).url));
      if (!top.some((u) => pages.map((p) => '/' + p).includes(u))) out.push(query);
    }
    return out;
  }, { queries, ranking });
  console.log(JSON.stringify(ranking), misses.length, misses);
}
await browser.close();
