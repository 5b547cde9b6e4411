import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './scripts/find-browser.mjs';

// The browser tests run against the built site in dist/, served by `astro preview` on their own port
// (so they never clash with a running `npm start` on 4321) and under the base path it was built for.
const port = Number(process.env.E2E_PORT ?? 4329);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const browser = browserOrExit();
// Playwright loads this file in every worker too; say once which browser runs the tests.
if (!process.env.TEST_WORKER_INDEX) console.log(`Browser tests use: ${browser.source}`);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/playwright',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  // The accessibility sweep does not depend on the base path, so a sub-path run leaves it out.
  ...(base === '/' ? {} : { grepInvert: /is accessible in light and dark mode/ }),
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    trace: 'retain-on-failure',
    // Each test starts fresh; only the offline journeys turn the service worker on (it precaches the site).
    serviceWorkers: 'block',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          ...(browser.path ? { executablePath: browser.path } : {}),
          // Chromium's own background traffic (updates, sync) would be requests to other origins.
          args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
        },
      },
    },
  ],
  webServer: {
    command: `astro preview --host 127.0.0.1 --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

/** The browser to test in, or a plain message saying what to install (a set-up problem, so no stack trace). */
function browserOrExit(): ReturnType<typeof findBrowser> {
  try {
    return findBrowser();
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
