// @ts-check
// Makes sure this machine has what the tests need before they start: a Chromium for the browser
// journeys and Java for the HTML checker. The README promises that `npm test` works on a fresh Debian
// machine of the kind this project runs on, so when either is missing and we are root with apt-get, it
// installs Debian's package once. Anywhere else it only says what to install (Playwright's own browser
// works too: `npx playwright install chromium`).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { SYSTEM_HEADLESS_SHELL, findBrowser } from './find-browser.mjs';

const canInstall = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
let updated = false;

/** @param {string} what @param {string} debianPackage @param {() => boolean} present */
function ensure(what, debianPackage, present) {
  if (present()) return true;
  if (!canInstall) {
    console.error(`${what} is missing: install it (on Debian or Ubuntu: apt-get install ${debianPackage}).`);
    return false;
  }
  console.log(`${what} is missing: installing Debian's ${debianPackage} (once)…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  if (!updated) updated = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env }).status === 0;
  spawnSync('apt-get', ['install', '-y', '-qq', debianPackage], { stdio: 'inherit', env });
  return present();
}

/** The browser the journeys would run in, as things are now; undefined if there is none. */
const testBrowser = () => {
  try {
    return findBrowser({ headless: true });
  } catch {
    return undefined;
  }
};
/**
 * A browser for the journeys. They take about 40% less time in a headless shell than in the full
 * browser (scripts/find-browser.mjs), so where the only one is the system's full Chromium and we can
 * install, Debian's headless shell is added; where we cannot, the full browser runs them, more slowly.
 */
function ensureBrowser() {
  const found = testBrowser();
  const fullSystemBrowser = found?.path !== undefined && found.source !== '$CHROMIUM_PATH' && found.path !== SYSTEM_HEADLESS_SHELL;
  if (found && !(fullSystemBrowser && canInstall)) return true;
  const what = found ? 'A headless Chromium for the browser tests (quicker than the full one)' : 'A Chromium for the browser tests';
  return ensure(what, 'chromium-headless-shell', () => existsSync(SYSTEM_HEADLESS_SHELL)) || testBrowser() !== undefined;
}
const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

const ok = [ensureBrowser(), ensure('Java for the HTML checker', 'default-jre-headless', hasJava)];
process.exit(ok.every(Boolean) ? 0 : 1);
