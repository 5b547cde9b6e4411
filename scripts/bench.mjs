// `npm run bench`: measures the built site and reports against our budgets. It reports; it never
// fails a test. Use `--no-build` to measure the dist/ already there.
import { spawn, spawnSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { REACT_SIGNATURE, inlineCode, scriptsOf, stylesheetsOf } from './lib/page-assets.mjs';
import { lighthouse } from './lib/lighthouse.mjs';
import { toolEnv } from './tool-env.mjs';

const dist = join(process.cwd(), 'dist');
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const BUDGET_ISLAND_JS_KB = 75;
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (text) => gzipSync(text).length;

// 1. Build time
let buildSeconds = 'not measured (--no-build)';
if (!process.argv.includes('--no-build')) {
  const started = performance.now();
  const result = spawnSync('astro', ['build'], { stdio: 'ignore', env: toolEnv });
  if (result.status !== 0) throw new Error('Build failed: run `npm run build` to see why.');
  buildSeconds = `${((performance.now() - started) / 1000).toFixed(1)} s`;
}

// 2. Bytes per page
const walk = (dir) =>
  readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
const files = walk(dist);
const pages = files
  .filter((file) => file.endsWith('.html') && !relative(dist, file).startsWith('pagefind'))
  .map((file) => relative(dist, file))
  .sort();
const rows = pages.map((page) => {
  const html = readFileSync(join(dist, page), 'utf8');
  const scripts = scriptsOf(dist, base, page, html);
  const inline = inlineCode(html);
  const jsGz = scripts.reduce((sum, file) => sum + gz(readFileSync(file)), 0) + (inline.scripts ? gz(inline.scripts) : 0);
  const cssGz =
    stylesheetsOf(dist, base, page, html).reduce((sum, file) => sum + gz(readFileSync(file)), 0) + (inline.styles ? gz(inline.styles) : 0);
  const framework = scripts.some((file) => readFileSync(file, 'utf8').includes(REACT_SIGNATURE));
  return { page, island: html.includes('<astro-island'), framework, htmlGz: gz(html), jsGz, cssGz };
});

console.log('\nPer page (gzipped KB)');
console.log(`${'page'.padEnd(48)}${'island'.padEnd(8)}${'HTML'.padStart(7)}${'CSS'.padStart(7)}${'JS'.padStart(8)}`);
for (const row of rows) {
  const sizes = `${kb(row.htmlGz).padStart(7)}${kb(row.cssGz).padStart(7)}${kb(row.jsGz).padStart(8)}`;
  console.log(`${row.page.padEnd(48)}${(row.island ? 'yes' : '').padEnd(8)}${sizes}`);
}

const plain = rows.filter((row) => !row.island);
const islands = rows.filter((row) => row.island);
const maxJs = (list) => Math.max(0, ...list.map((row) => row.jsGz));
const totalBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
const pagefindBytes = files
  .filter((file) => relative(dist, file).startsWith('pagefind'))
  .reduce((sum, file) => sum + statSync(file).size, 0);

// 3. Search latency, in a real browser against the served site
const port = 4391;
const server = spawn('astro', ['preview', '--host', '127.0.0.1', '--port', String(port)], { env: toolEnv, stdio: 'ignore' });
await untilServing(`http://127.0.0.1:${port}${base}`);
const { path: executablePath } = findBrowser();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--disable-background-networking', '--no-first-run'],
});
const latencies = { first: [], warm: [] };
const querySet = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')).queries;
let hits = 0;
const queries = ['reflections', 'overdose naloxone', 'boundaries money', 'suicide warning signs', 'trauma language'];
try {
  for (let run = 0; run < 5; run++) {
    const page = await browser.newPage();
    await page.goto(`http://127.0.0.1:${port}${base}`);
    const search = page.getByRole('searchbox', { name: 'Search the training' });
    for (const [index, query] of [queries[run], queries[(run + 1) % queries.length]].entries()) {
      const started = Date.now();
      await search.fill(query);
      await page
        .getByRole('status')
        .filter({ hasText: `for “${query}”` })
        .waitFor();
      (index === 0 ? latencies.first : latencies.warm).push(Date.now() - started);
    }
    await page.close();
  }
  // Hit rate at 3 for the realistic query set (the same set the search-quality test holds to 100%).
  const page = await browser.newPage();
  await page.goto(`http://127.0.0.1:${port}${base}`);
  hits = await page.evaluate(
    async ({ querySet, base }) => {
      const pagefind = await import(`${base}pagefind/pagefind.js`);
      await pagefind.options({ baseUrl: base });
      let found = 0;
      for (const { query, pages } of querySet) {
        const search = await pagefind.search(query);
        const top = await Promise.all(search.results.slice(0, 3).map(async (result) => (await result.data()).url));
        if (top.some((url) => pages.map((path) => `${base}${path}`).includes(url))) found++;
      }
      return found;
    },
    { querySet, base },
  );
} finally {
  await browser.close();
}

// 4. Lighthouse, mobile, median of 5 (skip with --no-lighthouse)
const lighthouseRows = [];
if (!process.argv.includes('--no-lighthouse')) {
  for (const path of ['', 'modules/active-listening/', 'resources/']) {
    lighthouseRows.push([path || '(home)', lighthouse(`http://127.0.0.1:${port}${base}${path}`, { runs: 5, chromePath: executablePath })]);
  }
}
server.kill();
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Waits (up to 30 s) for the preview server to answer. */
async function untilServing(url) {
  for (let tries = 0; tries < 120; tries++) {
    if (
      await fetch(url).then(
        (response) => response.ok,
        () => false,
      )
    )
      return;
    await new Promise((done) => setTimeout(done, 250));
  }
  server.kill();
  throw new Error(`The preview server did not start at ${url}.`);
}

console.log('\nSummary');
console.log(`Build time:                         ${buildSeconds}`);
console.log(`Pages:                              ${rows.length} (${islands.length} with islands)`);
const withFramework = plain.filter((row) => row.framework).length;
console.log(`JS on pages without islands:        max ${kb(maxJs(plain))} KB gz; framework JS on ${withFramework} of them (budget: 0)`);
const islandJsVerdict = maxJs(islands) / 1024 <= BUDGET_ISLAND_JS_KB ? 'within budget' : 'OVER BUDGET';
console.log(`JS on pages with islands:           max ${kb(maxJs(islands))} KB gz (budget: ${BUDGET_ISLAND_JS_KB} KB) ${islandJsVerdict}`);
const htmlSizes = rows.map((row) => row.htmlGz);
console.log(`HTML per page:                      median ${kb(median(htmlSizes))} KB gz, max ${kb(Math.max(...htmlSizes))} KB gz`);
console.log(`CSS per page:                       max ${kb(Math.max(...rows.map((row) => row.cssGz)))} KB gz`);
console.log(`Total site size:                    ${kb(totalBytes)} KB (${files.length} files)`);
console.log(`Pagefind index and runtime:         ${kb(pagefindBytes)} KB`);
console.log(
  `Search hit rate at 3:                ${hits} of ${querySet.length} realistic queries (${Math.round((hits / querySet.length) * 100)}%)`,
);
console.log(`Search, first query (loads index):  median ${median(latencies.first)} ms of ${latencies.first.length}`);
console.log(`Search, warm query:                 median ${median(latencies.warm)} ms of ${latencies.warm.length}`);
if (lighthouseRows.length) {
  console.log('\nLighthouse (mobile, median of 5; budgets: performance >= 0.98, accessibility = 1.0)');
  for (const [page, result] of lighthouseRows) {
    if (result.error) console.log(`${page.padEnd(28)} could not run: ${result.error}`);
    else {
      const scores = `performance ${result.performance.toFixed(2)}  accessibility ${result.accessibility.toFixed(2)}`;
      console.log(`${page.padEnd(28)} ${scores}  LCP ${result.lcpMs} ms  TBT ${result.tbtMs} ms`);
    }
  }
}
