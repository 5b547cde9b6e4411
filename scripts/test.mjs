// `npm test`: builds the site, then runs every test — unit and content (Vitest), checks over the
// built files (HTML validity, links, page structure, no framework JS where none is needed) and the
// browser journeys (Playwright). Every stage runs even if an earlier one fails, then one closing
// line totals them, and the exit code is non-zero if anything failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { toolEnv } from './tool-env.mjs';
const started = performance.now();
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });

const run = (command, args, env = {}) => spawnSync(command, args, { stdio: 'inherit', env: { ...toolEnv, ...env } }).status === 0;

if (!run('node', ['scripts/build.mjs'])) {
  console.error('\nThe build failed, so no tests ran. The message above names the file and field.');
  console.log('tests: 0 passed, 1 failed');
  process.exit(1);
}

const SUB_PATH = '/training/';
const stages = [
  ['unit and content (Vitest)', 'vitest', ['run', '--coverage', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], 'test-results/unit.json', vitestCounts],
  ['built site (Vitest)', 'vitest', ['run', '--config', 'vitest.dist.config.ts', '--reporter=default', '--reporter=json', '--outputFile=test-results/dist.json'], 'test-results/dist.json', vitestCounts],
  ['browser journeys (Playwright)', 'node', ['scripts/run-e2e.mjs'], 'test-results/e2e.json', playwrightCounts],
  // The same site built under a sub-path, as many hosts serve it: links, assets, search and the
  // service worker must all follow the base. (The accessibility sweep does not depend on it.)
  ['build under a sub-path', 'node', ['scripts/build.mjs'], null, null, { BASE_PATH: SUB_PATH }],
  [`built site under ${SUB_PATH} (Vitest)`, 'vitest', ['run', '--config', 'vitest.dist.config.ts', '--reporter=default', '--reporter=json', '--outputFile=test-results/dist-subpath.json'], 'test-results/dist-subpath.json', vitestCounts, { BASE_PATH: SUB_PATH }],
  [`browser journeys under ${SUB_PATH} (Playwright)`, 'node', ['scripts/run-e2e.mjs', '--grep-invert', 'is accessible in light and dark mode'], 'test-results/e2e-subpath.json', playwrightCounts, { BASE_PATH: SUB_PATH, E2E_REPORT: 'test-results/e2e-subpath.json' }],
];

let passed = 0;
let failed = 0;
const lines = [];
for (const [name, command, args, report, count, env] of stages) {
  console.log(`\n=== ${name} ===`);
  const ok = run(command, args, env);
  if (!report) {
    if (!ok) {
      failed++;
      lines.push(`${name}: failed`);
    }
    continue;
  }
  const counts = existsSync(report) ? count(JSON.parse(readFileSync(report, 'utf8'))) : { passed: 0, failed: 0 };
  if (!ok && counts.failed === 0) counts.failed = 1; // the stage itself broke before reporting a failure
  passed += counts.passed;
  failed += counts.failed;
  lines.push(`${name}: ${counts.passed} passed, ${counts.failed} failed`);
}

console.log(`\n${lines.join('\n')}`);
console.log(`Finished in ${((performance.now() - started) / 1000).toFixed(0)} s`);
console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);

function vitestCounts(report) {
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0 };
}
function playwrightCounts(report) {
  const stats = report.stats ?? {};
  return { passed: (stats.expected ?? 0) + (stats.flaky ?? 0), failed: (stats.unexpected ?? 0) + (report.errors?.length ?? 0) };
}
