import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { sitePaths } from './site-pages';

// One sweep over every built page: accessibility in light and dark schemes, a phone-sized screen,
// and privacy (no request to another origin, no cookies).
for (const path of sitePaths) {
  test.describe(`/${path}`, () => {
    test('is accessible in light and dark mode', async ({ page }) => {
      await page.goto(path);
      await expectNoAxeViolations(page, 'light mode');
      await page.emulateMedia({ colorScheme: 'dark' });
      await expectNoAxeViolations(page, 'dark mode');
    });

    test('fits a 320 px wide screen without sideways scrolling', async ({ page }) => {
      await page.setViewportSize({ width: 320, height: 640 });
      await page.goto(path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, 'page is wider than the screen').toBeLessThanOrEqual(0);
    });

    test('asks nothing of other websites and sets no cookies', async ({ page, context, baseURL }) => {
      const origin = new URL(baseURL!).origin;
      const foreign: string[] = [];
      page.on('request', (request) => {
        const url = new URL(request.url());
        if (url.protocol.startsWith('http') && url.origin !== origin) foreign.push(request.url());
      });
      await page.goto(path, { waitUntil: 'networkidle' });
      expect(foreign).toEqual([]);
      expect(await context.cookies()).toEqual([]);
    });
  });
}
