import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

// Which files exist, as the browser finder sees them: set per test.
const present = new Set<string>();
vi.mock('node:fs', async (original) => ({
  ...(await original<typeof import('node:fs')>()),
  existsSync: (path: string) => present.has(path),
}));
// Playwright's own browser lives at this path when `npx playwright install chromium` has put it there.
const PLAYWRIGHTS_OWN = '/playwright/chromium/chrome';
vi.mock('@playwright/test', () => ({ chromium: { executablePath: () => PLAYWRIGHTS_OWN } }));

const { findBrowser, SYSTEM_HEADLESS_SHELL } = await import('../../../scripts/find-browser.mjs');

describe('the browser the tests and the bench run in', () => {
  beforeEach(() => {
    present.clear();
    vi.stubEnv('CHROMIUM_PATH', '');
  });
  afterEach(() => vi.unstubAllEnvs());

  it("runs the browser tests in Debian's headless shell when the full Chromium is there too", () => {
    present.add('/usr/bin/chromium').add(SYSTEM_HEADLESS_SHELL);
    expect(findBrowser({ headless: true }).path).toBe(SYSTEM_HEADLESS_SHELL);
  });

  it('keeps the full Chromium for the bench, which Lighthouse needs', () => {
    present.add('/usr/bin/chromium').add(SYSTEM_HEADLESS_SHELL);
    expect(findBrowser().path).toBe('/usr/bin/chromium');
  });

  it('runs the browser tests in the full Chromium when that is all the machine has', () => {
    present.add('/usr/bin/chromium');
    expect(findBrowser({ headless: true }).path).toBe('/usr/bin/chromium');
  });

  it("prefers $CHROMIUM_PATH, then Playwright's own browser, to the system's", () => {
    present.add('/usr/bin/chromium').add(SYSTEM_HEADLESS_SHELL).add(PLAYWRIGHTS_OWN).add('/opt/chrome');
    expect(findBrowser({ headless: true })).toEqual({ path: undefined, source: "Playwright's own Chromium" });
    vi.stubEnv('CHROMIUM_PATH', '/opt/chrome');
    expect(findBrowser({ headless: true })).toEqual({ path: '/opt/chrome', source: '$CHROMIUM_PATH' });
  });

  it('says what to install when there is no browser at all: the shell will do for the tests, not for the bench', () => {
    expect(() => findBrowser({ headless: true })).toThrow(/browser tests[\s\S]*apt-get install chromium-headless-shell/);
    present.add(SYSTEM_HEADLESS_SHELL);
    expect(() => findBrowser()).toThrow(/bench[\s\S]*apt-get install chromium /);
  });
});
