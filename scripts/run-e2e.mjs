// Runs the Playwright journeys with whatever Chromium find-browser.mjs finds (or installs).
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';
import { toolEnv } from './tool-env.mjs';

const { path, source } = findBrowser();
console.log(`Browser tests use: ${source}`);
const result = spawnSync('playwright', ['test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...toolEnv, ...(path ? { CHROMIUM_PATH: path } : {}) },
});
process.exit(result.status ?? 1);
