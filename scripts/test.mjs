// `npm test`: the type check, format check and lint, then the Vitest projects and Playwright journeys
// (their configs say what runs), against a root build and again against a sub-path build. This file
// adds only what those tools cannot do: two builds in turn, running every stage even if another fails
// (a stage that needs a failed build is skipped, so it never tests an old dist/), stages that leave a
// core idle run two at a time, and one closing line totalling them all.
// The exit code is non-zero if anything failed.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { toolEnv } from './tool-env.mjs';

// The sub-path build is also told an address, so the links that need one (hreflang) are checked there;
// the root build has none, and checks that pages then leave them out.
const SUB_PATH = { BASE_PATH: '/training/', SITE_URL: 'https://alongside.example' };
const vitest = (project, report, env, extra = []) => ({
  command: 'vitest',
  args: ['run', '--project', project, ...extra, '--reporter=default', '--reporter=json', `--outputFile=${report}`],
  env,
  report,
  count: vitestCounts,
});
const playwright = (report, env) => ({
  command: 'playwright',
  args: ['test'],
  env: { ...env, E2E_REPORT: report },
  report,
  count: playwrightCounts,
});
const build = (env) => ({ command: 'astro', args: ['build'], env, isBuild: true });

const stages = [
  // A fresh machine may lack a browser or Java; this installs them where it can, or says what is missing.
  { name: 'test tools (Chromium, Java)', command: 'node', args: ['scripts/test-machine.mjs'] },
  // The type check and the format check read the sources only, on one core each, so they run side by
  // side. ESLint follows: it reads the types the type check has just generated in .astro/ (`npm run
  // lint` generates them itself; two generators at once could leave a half-written file).
  [
    { name: 'type check (astro check, service worker)', command: 'npm', args: ['run', '--silent', 'check'] },
    { name: 'format (Prettier)', command: 'prettier', args: ['--check', '.'] },
  ],
  // Alone, ESLint keeps about 1.5 of two cores busy and the unit tests about 1.2 (38 s and 63 s,
  // measured), so they share them: about 20 s less than one after the other. Unit tests also measure
  // src/lib's coverage and fail below the thresholds in vitest.config.ts.
  [
    { name: 'lint (ESLint)', command: 'eslint', args: ['.', '--max-warnings', '0'] },
    { name: 'unit and content (Vitest)', ...vitest('unit', 'test-results/unit.json', undefined, ['--coverage']) },
  ],
  { name: 'build', ...build() },
  { name: 'built site (Vitest)', ...vitest('dist', 'test-results/dist.json'), needsBuild: true },
  { name: 'browser journeys (Playwright)', ...playwright('test-results/e2e.json'), needsBuild: true },
  // The same site built under a sub-path, as many hosts serve it: links, assets, search and the
  // service worker must all follow the base. (Playwright leaves out the accessibility sweep there.)
  { name: `build under ${SUB_PATH.BASE_PATH}`, ...build(SUB_PATH) },
  {
    name: `built site under ${SUB_PATH.BASE_PATH} (Vitest)`,
    ...vitest('dist', 'test-results/dist-subpath.json', SUB_PATH),
    needsBuild: true,
  },
  {
    name: `browser journeys under ${SUB_PATH.BASE_PATH} (Playwright)`,
    ...playwright('test-results/e2e-subpath.json', SUB_PATH),
    needsBuild: true,
  },
];

const started = performance.now();
rmSync('test-results', { recursive: true, force: true });
mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;
let built = false;
const lines = [];
// CI may keep only the end of the output, so the failures are named again there, under the totals, and
// so are the journeys that failed once and passed when Playwright ran them again (playwright.config.ts).
const failures = [];
const flaky = [];
// Each stage's time goes on its summary line, so a run shows where its minutes went (the whole must stay
// under ten on a 2-core machine as the course grows).
const seconds = (since) => `${((performance.now() - since) / 1000).toFixed(0)} s`;
for (const stage of stages) {
  const stageStarted = performance.now();
  if (Array.isArray(stage)) {
    for (const { name, ok, took, report, count } of await Promise.all(stage.map(runQuietly))) tally(name, ok, took, report, count);
    continue;
  }
  const { name, command, args, env, report, count, isBuild, needsBuild } = stage;
  if (needsBuild && !built) {
    lines.push(`${name}: skipped (the build failed)`);
    continue;
  }
  console.log(`\n=== ${name} ===`);
  const ok = spawnSync(command, args, { stdio: 'inherit', env: { ...toolEnv, ...env } }).status === 0;
  if (isBuild) built = ok;
  tally(name, ok, seconds(stageStarted), report, count);
}

console.log(`\n${lines.join('\n')}`);
console.log(`Finished in ${seconds(started)}`);
console.log(`tests: ${passed} passed, ${failed} failed`);
if (failures.length > 0) console.log(`\nFailed:\n${failures.join('\n')}`);
if (flaky.length > 0) console.log(`\nPassed only when run again (flaky: each one is a bug to find):\n${flaky.join('\n')}`);
process.exit(failed === 0 ? 0 : 1);

/** Adds a finished stage to the totals and its summary line: tests counted from its report, if it writes one. */
function tally(name, ok, took, report, count) {
  const counts = report && existsSync(report) ? count(JSON.parse(readFileSync(report, 'utf8'))) : { passed: 0, failed: 0, names: [] };
  if (!ok && counts.failed === 0) counts.failed = 1; // the stage itself broke before reporting a failure
  if (!ok) failures.push(...(counts.names.length > 0 ? counts.names.map((failure) => `- ${name}: ${failure}`) : [`- ${name}`]));
  flaky.push(...(counts.flaky ?? []).map((test) => `- ${name}: ${test}`));
  passed += counts.passed;
  failed += counts.failed;
  const again = counts.flaky?.length ? ` (${counts.flaky.length} only when run again)` : '';
  const outcome = report ? `${counts.passed} passed${again}, ${counts.failed} failed` : ok ? 'ok' : 'failed';
  lines.push(`${name}: ${outcome} (${took})`);
}

/** Runs a stage beside others: its output is held and printed whole when it ends, so stages never interleave. */
function runQuietly({ name, command, args, env, report, count }) {
  return new Promise((resolve) => {
    const stageStarted = performance.now();
    const child = spawn(command, args, { env: { ...toolEnv, ...env } });
    const output = [];
    child.stdout.on('data', (chunk) => output.push(chunk));
    child.stderr.on('data', (chunk) => output.push(chunk));
    child.on('close', (code) => {
      console.log(`\n=== ${name} ===`);
      process.stdout.write(Buffer.concat(output));
      resolve({ name, ok: code === 0, took: seconds(stageStarted), report, count });
    });
    child.on('error', (error) => {
      console.log(`\n=== ${name} ===\n${error.message}`);
      resolve({ name, ok: false, took: seconds(stageStarted), report, count });
    });
  });
}

function vitestCounts(report) {
  const names = (report.testResults ?? []).flatMap((file) => [
    ...(file.assertionResults ?? [])
      .filter((test) => test.status === 'failed')
      .map((test) => `${relative('.', file.name)} › ${test.fullName}: ${firstLine(test.failureMessages?.[0])}`),
    // A file that failed to load has no tests, only its message.
    ...(file.status === 'failed' && (file.assertionResults ?? []).length === 0
      ? [`${relative('.', file.name)}: ${firstLine(file.message)}`]
      : []),
  ]);
  return { passed: report.numPassedTests ?? 0, failed: report.numFailedTests ?? 0, names };
}
function playwrightCounts(report) {
  const stats = report.stats ?? {};
  const specs = specsOf(report.suites ?? []);
  const named = (status) =>
    specs
      .filter(({ tests }) => tests.some((test) => test.status === status))
      .map(({ file, line, path, title, tests }) => {
        const error = tests.flatMap((test) => test.results ?? []).find((result) => result.error)?.error;
        return `${file}:${line} › ${[...path, title].join(' › ')}${error ? `: ${firstLine(error.message)}` : ''}`;
      });
  return {
    passed: (stats.expected ?? 0) + (stats.flaky ?? 0),
    failed: (stats.unexpected ?? 0) + (report.errors?.length ?? 0),
    names: [...named('unexpected'), ...(report.errors ?? []).map((error) => firstLine(error.message))],
    flaky: named('flaky'),
  };
}
/** Every spec in Playwright's nested suites (files, then describe blocks), with the describe titles above it. */
function specsOf(suites, path = undefined) {
  return suites.flatMap((suite) => {
    const inner = path === undefined ? [] : [...path, suite.title]; // the outermost suites are the files
    return [...(suite.specs ?? []).map((spec) => ({ ...spec, path: inner })), ...specsOf(suite.suites ?? [], inner)];
  });
}
/** An error's first line, without the colour codes test runners add. */
function firstLine(message = '') {
  return (
    stripVTControlCharacters(message)
      .split('\n')
      .find((line) => line.trim() !== '')
      ?.trim() ?? ''
  );
}
