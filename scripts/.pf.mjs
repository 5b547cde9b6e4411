import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking'] });
const page = await browser.newPage();
await page.goto('http://127.0.0.1:4400/');
for (const q of process.argv.slice(2)) {
  const r = await page.evaluate(async (q) => { const pf = await import('/pagefind/pagefind.js'); const s = await pf.search(q); return Promise.all(s.results.slice(0,6).map(async r => (await r.data()).url + ' ' + r.score.toFixed(2))); }, q);
  console.log(q, r);
}
await browser.close();
