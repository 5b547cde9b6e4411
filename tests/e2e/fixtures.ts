/**
 * Playwright's `test`, with one addition every journey gets (ESLint keeps specs importing it from here):
 * when a journey fails, the script errors its pages threw (uncaught exceptions, React's errors in the
 * console) are attached to the failure, so the report says why an exercise vanished or a tool never
 * drew, not only that a locator timed out. A failure seen once in CI on a busy machine can then be
 * understood without reproducing it. It watches the journey's own browser context; pages of a context a
 * journey makes itself (browser.newContext) are not watched.
 */
import { test as base, type Page } from '@playwright/test';

export { expect, type Locator, type Page } from '@playwright/test';

export const test = base.extend<{ scriptErrors: void }>({
  scriptErrors: [
    async ({ context }, use, testInfo) => {
      const errors: string[] = [];
      const watch = (page: Page) => {
        page.on('pageerror', (error) => errors.push(`${page.url()}\n${error.stack ?? error.message}`));
        page.on('console', (message) => {
          if (message.type() === 'error') errors.push(`${page.url()} (console)\n${message.text()}`);
        });
      };
      context.pages().forEach(watch);
      context.on('page', watch);
      await use();
      if (errors.length > 0 && testInfo.status !== testInfo.expectedStatus) {
        await testInfo.attach('script errors on its pages', { body: errors.join('\n\n'), contentType: 'text/plain' });
      }
    },
    { auto: true },
  ],
});
