// Builds the static site into dist/ and indexes it for search. One command, so `npm start`,
// `npm test` and CI all build the same way. Telemetry is off: the build talks to no one.
import { spawnSync } from 'node:child_process';
import { toolEnv } from './tool-env.mjs';

// One id for everything this build produces: pages show it, the service worker caches under it, and
// Pagefind's entry file is fetched with it, so an offline visitor always gets one consistent version.
toolEnv.PUBLIC_BUILD_ID = process.env.BUILD_ID ?? Date.now().toString(36);

const steps = [
  ['astro', ['check', '--minimumSeverity', 'warning']],
  ['astro', ['build']],
  ['pagefind', ['--site', 'dist', '--quiet']],
  ['node', ['scripts/generate-sw.mjs']],
];

const started = performance.now();
for (const [command, args] of steps) {
  const result = spawnSync(command, args, { stdio: 'inherit', env: toolEnv });
  if (result.status !== 0) {
    console.error(`\nBuild failed at: ${command} ${args.join(' ')}${result.error ? ` (${result.error.message})` : ''}`);
    process.exit(result.status ?? 1);
  }
}
console.log(`Built dist/ in ${((performance.now() - started) / 1000).toFixed(1)} s`);
