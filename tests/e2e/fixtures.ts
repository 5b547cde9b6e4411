/**
 * Playwright's `test`, with one addition every journey gets (ESLint keeps specs importing it from here):
 * when a journey fails, the script errors its pages threw (uncaught exceptions, React's errors in the
 * console) are attached to the failure, so the report says why an exercise vanished or a tool never
 * drew, not only that a locator timed out. A failure seen once in CI on a busy machine can then be
 * understood without reproducing it. It watches the journey's own browser context; pages of a context a
 * journey makes itself (browser.newContext) are not watched.
 */
import { test as base, type BrowserContextOptions, type ConsoleMessage, type Page, type TestInfo } from '@playwright/test';

export { expect, type Locator, type Page } from '@playwright/test';

/** Collects the script errors of the pages it watches, until `stop` is called. */
function watchScriptErrors(errors: string[]) {
  const stops: (() => void)[] = [];
  return {
    watch: (page: Page) => {
      const onError = (error: Error) => errors.push(`${page.url()}\n${error.stack ?? error.message}`);
      const onConsole = (message: ConsoleMessage) => {
        if (message.type() === 'error') errors.push(`${page.url()} (console)\n${message.text()}`);
      };
      page.on('pageerror', onError).on('console', onConsole);
      stops.push(() => page.off('pageerror', onError).off('console', onConsole));
    },
    stop: () => stops.forEach((stop) => stop()),
  };
}

async function attachOnFailure(testInfo: TestInfo, errors: string[]): Promise<void> {
  if (errors.length > 0 && testInfo.status !== testInfo.expectedStatus) {
    await testInfo.attach('script errors on its pages', { body: errors.join('\n\n'), contentType: 'text/plain' });
  }
}

export const test = base.extend<{ scriptErrors: void }>({
  scriptErrors: [
    async ({ context }, use, testInfo) => {
      const errors: string[] = [];
      const watcher = watchScriptErrors(errors);
      context.pages().forEach(watcher.watch);
      context.on('page', watcher.watch);
      await use();
      await attachOnFailure(testInfo, errors);
    },
    { auto: true },
  ],
});

/**
 * For visiting many pages in turn (tests/e2e/every-page.spec.ts): `page` is one tab per worker, kept from
 * test to test, rather than a new browser context for each. A tab that stays open keeps scripts it has
 * compiled (axe, the site's own) and files it has fetched, as a reader's browser does: the 19 module
 * pages' visits took 32 s in place of 53 (measured). Each test still starts as a first visit: the tab is
 * back at its usual size and colours, and whatever the site saved on the device (and any cookie) is cleared. It records
 * Content-Security-Policy violations in `window.cspViolations` on every page it loads. After a failure
 * Playwright starts a new worker, so a broken tab never carries over; the failure gets its screenshot.
 */
const CONTEXT_OPTIONS = [
  'baseURL',
  'viewport',
  'userAgent',
  'deviceScaleFactor',
  'isMobile',
  'hasTouch',
  'serviceWorkers',
  'timezoneId',
] as const;

export const testInOneTab = base.extend<{ page: Page }, { tab: Page }>({
  tab: [
    async ({ browser }, use, workerInfo) => {
      // The options Playwright's own context would take from the config, with its default locale.
      const options = workerInfo.project.use;
      const context = await browser.newContext({
        ...(Object.fromEntries(CONTEXT_OPTIONS.map((name) => [name, options[name]])) as BrowserContextOptions),
        locale: options.locale ?? 'en-US',
      });
      const tab = await context.newPage();
      await tab.addInitScript(() => {
        const violations: string[] = [];
        (window as unknown as { cspViolations: string[] }).cspViolations = violations;
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push(`${event.violatedDirective}: ${event.blockedURI || 'inline'}`),
        );
      });
      await use(tab);
      await context.close();
    },
    { scope: 'worker' },
  ],
  page: async ({ tab }, use, testInfo) => {
    const { viewport } = testInfo.project.use;
    if (viewport) await tab.setViewportSize(viewport);
    await tab.emulateMedia({ colorScheme: 'light' });
    if (tab.url().startsWith('http')) {
      // Leave the last page first (it may save as it goes), then clear what the site keeps on the device
      // from one of its files that runs no script.
      await tab.goto('favicon.svg');
      await tab.evaluate(async () => {
        localStorage.clear();
        sessionStorage.clear();
        for (const name of await caches.keys()) await caches.delete(name);
      });
      await tab.context().clearCookies();
    }
    const errors: string[] = [];
    const watcher = watchScriptErrors(errors);
    watcher.watch(tab);
    await use(tab);
    watcher.stop();
    await attachOnFailure(testInfo, errors);
    if (testInfo.status !== testInfo.expectedStatus) {
      await testInfo.attach('screenshot', { body: await tab.screenshot(), contentType: 'image/png' });
    }
  },
});
