import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 320, height: 640 } });
for (const path of process.argv.slice(2)) {
  await page.goto('http://127.0.0.1:4400' + path);
  const out = await page.evaluate(() => {
    const w = document.documentElement.clientWidth; const res = [];
    for (const el of document.querySelectorAll('body *')) { const r = el.getBoundingClientRect(); if (r.right > w + 1 && r.width > 0) res.push(el.tagName + '.' + el.className + ' ' + Math.round(r.right) + ' ' + (el.textContent||'').slice(0,50)); }
    return { sw: document.documentElement.scrollWidth, w, res: res.slice(0, 8) };
  });
  console.log(path, JSON.stringify(out, null, 1));
}
await browser.close();
