// Finds a Chromium for the browser tests, in this order: $CHROMIUM_PATH; Playwright's own browser
// where `npx playwright install chromium` has put one; the system's Chromium or Chrome; and, as root
// on Debian or Ubuntu, Debian's chromium package installed with apt. Otherwise it says what to install.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { chromium } from '@playwright/test';

const systemBrowsers = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

/** @returns {{ path: string | undefined, source: string }} path undefined means "Playwright's own". */
export function findBrowser({ install = true } = {}) {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return { path: fromEnv, source: '$CHROMIUM_PATH' };
    fail(`CHROMIUM_PATH is set to ${fromEnv}, but there is no file there.`);
  }
  try {
    if (existsSync(chromium.executablePath())) return { path: undefined, source: "Playwright's own Chromium" };
  } catch {
    // Playwright has no browser registered for this platform; look further.
  }
  const system = systemBrowsers.find((path) => existsSync(path));
  if (system) return { path: system, source: system };

  if (install && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('No browser found: installing Debian\'s chromium with apt-get (this happens once)…');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    const add = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
    if (add && add.status === 0 && existsSync('/usr/bin/chromium')) return { path: '/usr/bin/chromium', source: '/usr/bin/chromium (just installed)' };
  }
  fail(
    'No Chromium found for the browser tests. Install one of:\n' +
      '  npx playwright install chromium        (Playwright\'s own browser), or\n' +
      '  sudo apt-get install chromium          (Debian/Ubuntu), or\n' +
      '  set CHROMIUM_PATH=/path/to/chromium',
  );
}

function fail(message) {
  console.error(`\n${message}\n`);
  process.exit(1);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { path, source } = findBrowser();
  console.log(path ?? source);
}
