import { defineConfig, devices } from '@playwright/test';
import { findBrowser } from './scripts/find-browser.mjs';

// The browser tests run against the built site in dist/, served by scripts/serve.ts (what `npm start` uses:
// compressed, with the README's headers) on their own port
// (so they never clash with a running `npm start` on 4321) and under the base path it was built for.
const port = Number(process.env.E2E_PORT ?? 4329);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const browser = browserOrExit();
// The every-page visit, and the journeys tagged @base-path (Playwright's grep sees file names and tags).
const SUB_PATH_ONLY = /every-page\.spec|@base-path/;
// Playwright loads this file in every worker too; say once which browser runs the tests.
if (!process.env.TEST_WORKER_INDEX) console.log(`Browser tests use: ${browser.source}`);

export default defineConfig({
  testDir: 'tests/e2e',
  // The sub-path run keeps its own, so a failure at the root still has its screenshot after both runs.
  outputDir: base === '/' ? 'test-results/playwright' : 'test-results/playwright-subpath',
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  // A journey that fails is run once more, on a fresh page. One that then passes counts as passed but is
  // named under the totals of `npm test` as flaky (scripts/test.mjs), so it is seen and fixed rather than
  // failing a run at random. (One CI run lost one journey of 188 that the same code passed in clean-clone
  // runs here and under extra CPU load; its log had kept only its last lines, not the journey's name.)
  // A real failure fails both times.
  retries: 1,
  timeout: 60_000,
  // Twice Playwright's default wait for an expectation. On a busy 2-core CI machine, two journeys running
  // side by side once both found their page unresponsive for over five seconds at the same moment (an
  // exercise and the planner, each passing 6 of 6 when rerun, and 10 of 10 with both cores kept busy).
  // A real failure still fails, ten seconds later.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['json', { outputFile: process.env.E2E_REPORT ?? 'test-results/e2e.json' }]],
  // Under a sub-path only what depends on the path runs again: each template's own requests (assets,
  // scripts, no other origin), moving between pages and searching, the offline copy's scope, and journeys
  // tagged @base-path. Behaviour that is the same at any address (quizzes, progress, room mode, the
  // planner, accessibility) runs once, at the root; the built-site checks (Vitest) follow every link of
  // the sub-path build.
  ...(base === '/' ? {} : { grep: SUB_PATH_ONLY }),
  use: {
    baseURL: `http://127.0.0.1:${port}${base}`,
    // A failing test leaves a screenshot and the page's accessibility snapshot (error-context.md) in
    // test-results/playwright (or playwright-subpath), and its report lists its pages' script errors
    // (tests/e2e/fixtures.ts). Recording a trace slowed every test by about 13% (module pages' sweep:
    // 90 -> 78 s), so traces are for a rerun: `npx playwright test <file> --trace on`.
    trace: 'off',
    screenshot: 'only-on-failure',
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
    command: `node scripts/serve.ts --port ${port}`,
    url: `http://127.0.0.1:${port}${base}`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
});

/** The browser to test in, or a plain message saying what to install (a set-up problem, so no stack trace). */
function browserOrExit(): ReturnType<typeof findBrowser> {
  try {
    return findBrowser({ headless: true });
  } catch (error) {
    console.error(`\n${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  }
}
