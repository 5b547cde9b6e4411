import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--disable-background-networking'] });
const page = await browser.newPage();
page.on('console', m => console.log('console', m.type(), m.text().slice(0, 200)));
await page.goto('http://127.0.0.1:4400/modules/active-listening/');
for (const island of await page.locator('astro-island').all()) { await island.scrollIntoViewIfNeeded(); await page.waitForTimeout(300); }
console.log('ssr left', await page.evaluate(() => document.querySelectorAll('astro-island[ssr]').length));
await browser.close();
