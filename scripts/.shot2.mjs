import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking','--no-first-run'] });
const page = await browser.newPage({ viewport: { width: 420, height: 900 } });
await page.goto('http://127.0.0.1:4400/modules/active-listening/');
const rp = page.locator('.roleplay').first();
await rp.scrollIntoViewIfNeeded();
await page.waitForFunction(() => !document.querySelector('.roleplay').closest('astro-island').hasAttribute('ssr'));
for (let i = 0; i < 2; i++) { await rp.locator('.choice-button').first().click(); await page.waitForTimeout(150); }
await rp.screenshot({ path: '/tmp/rp-mid.png' });
for (let i = 0; i < 8; i++) { const b = rp.locator('.choice-button').first(); if (await b.count() === 0) break; await b.click(); await page.waitForTimeout(150); }
await rp.screenshot({ path: '/tmp/rp-end.png' });
console.log(await page.evaluate(() => document.activeElement?.outerHTML.slice(0,120)));
await browser.close();
