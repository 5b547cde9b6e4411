// @ts-check
// Finds a Chromium for the browser tests (playwright.config.ts) and the bench, in this order:
// $CHROMIUM_PATH; Playwright's own browser where `npx playwright install chromium` has put one; the
// system's Chromium or Chrome. Installing one is not its job: scripts/test-machine.mjs (run first by
// `npm test`) and .ci/run do that on a fresh Debian machine, and the README says how elsewhere.
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const systemBrowsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];
/**
 * Debian's headless shell: Chromium without its windowing parts, which is what Playwright itself runs
 * headless tests in (its own `chromium-headless-shell`). The journeys ran in 362 s in it and 602 s in
 * the full browser on this 2-core machine. The bench keeps the full browser: Lighthouse needs one.
 */
export const SYSTEM_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/**
 * @param {{ headless?: boolean }} [options] headless: for tests that never show a window, so the
 *   system's headless shell comes before its full browser.
 * @returns {{ path: string | undefined, source: string }} path undefined means "Playwright's own".
 * @throws {Error} naming what to install, when there is no browser.
 */
export function findBrowser({ headless = false } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: '$CHROMIUM_PATH' };
    throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  try {
    // Playwright picks its own headless shell for headless tests, where it has one.
    if (existsSync(chromium.executablePath())) return { path: undefined, source: "Playwright's own Chromium" };
  } catch {
    // Playwright has no browser registered for this platform; look further.
  }
  const system = [...(headless ? [SYSTEM_HEADLESS_SHELL] : []), ...systemBrowsers].find((path) => existsSync(path));
  if (system) return { path: system, source: system };
  // The bench's Lighthouse needs the full browser; the tests run in either.
  const debian = headless ? 'chromium-headless-shell   (Debian/Ubuntu; or chromium)' : 'chromium          (Debian/Ubuntu)';
  throw new Error(
    `No Chromium found for the ${headless ? 'browser tests' : 'bench'}. Install one of:\n` +
      "  npx playwright install chromium        (Playwright's own browser), or\n" +
      `  sudo apt-get install ${debian}, or\n` +
      '  set CHROMIUM_PATH=/path/to/chromium',
  );
}
