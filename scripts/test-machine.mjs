// @ts-check
// Makes sure this machine has what the tests need before they start: a Chromium for the browser
// journeys and Java for the HTML checker. The README promises that `npm test` works on a fresh Debian
// machine of the kind this project runs on, so when either is missing and we are root with apt-get, it
// installs Debian's package once. Anywhere else it only says what to install (Playwright's own browser
// works too: `npx playwright install chromium`).
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

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

const hasBrowser = () => {
  try {
    findBrowser();
    return true;
  } catch {
    return false;
  }
};
const hasJava = () => spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0;

const ok = [
  ensure('A Chromium for the browser tests', 'chromium', hasBrowser),
  ensure('Java for the HTML checker', 'default-jre-headless', hasJava),
];
process.exit(ok.every(Boolean) ? 0 : 1);
