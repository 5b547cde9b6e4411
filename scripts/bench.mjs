// `npm run bench`: measures the built site and reports against our budgets, then compares it with a
// stock Starlight site carrying the same words (bench/starlight/, installed and built on demand). It
// reports; it never fails a test (the byte budgets that do are in tests/dist). Options:
//   --no-build       measure the bench's last build (bench/alongside-dist/), or dist/ if there is none
//   --no-reference   skip the Starlight reference
//   --no-lighthouse  skip Lighthouse
//   --runs=N         Lighthouse runs per page and site (default 5); search and the 4× CPU row get 2N + 1
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';
import { untilServing } from './lib/until-serving.mjs';
import { REACT_SIGNATURE, inlineCode, scriptsBeforeInteraction, scriptsOf, stylesheetsOf } from './lib/page-assets.mjs';
import { printTable, row } from './lib/compare-table.mjs';
import { lighthouseOnce, median } from './lib/lighthouse.mjs';
import { precacheSize } from './lib/precache.mjs';
import { PHONE_CONNECTION, PHONE_CPU_SLOWDOWN, searchLatency } from './lib/search-latency.mjs';
import { buildStarlightReference } from './lib/starlight-reference.mjs';
import { toolEnv } from './tool-env.mjs';

/**
 * Built as a public deploy is, with an address, so pages carry their links to the other edition; into a
 * folder of its own, so the dist/ someone may deploy or serve never holds the bench's made-up address.
 */
const BENCH_SITE_URL = process.env.SITE_URL || 'https://alongside.example';
const build = !process.argv.includes('--no-build');
const benchBuild = join(process.cwd(), 'bench', 'alongside-dist');
const dist = build || existsSync(benchBuild) ? benchBuild : join(process.cwd(), 'dist');
console.log(`Measuring ${relative(process.cwd(), dist)}/${build ? `, built now for ${BENCH_SITE_URL}` : ', as it was last built'}`);
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
/**
 * Issue #18's targets for pages with islands: what loads before anyone interacts (exercises wait for a
 * touch, room mode and the planner for someone at the page), and everything once every exercise is touched.
 */
const BUDGET_ISLAND_JS_BEFORE_KB = 25;
const BUDGET_ISLAND_JS_TOUCHED_KB = 95;
const runs = Number(process.argv.find((arg) => arg.startsWith('--runs='))?.slice('--runs='.length) ?? 5);
/**
 * The page types compared with Starlight; each path exists on both sites. The module page is measured
 * twice: as Lighthouse simulates a slow phone, and with the slow CPU and network applied for real
 * (`applied`, scripts/lib/lighthouse.mjs), where work that piles up on a busy CPU shows.
 */
const PAGE_TYPES = [
  { name: 'home', path: '' },
  { name: 'module', path: 'modules/active-listening/' },
  { name: 'module, 4× CPU', path: 'modules/active-listening/', applied: true },
  { name: 'resource guide', path: 'resources/' },
  { name: 'room mode', path: 'room/roleplay/boundaries-loan-request/' },
  { name: 'planner', path: 'planner/' },
];
const kb = (bytes) => (bytes / 1024).toFixed(1);
const gz = (text) => gzipSync(text).length;

// 1. Build time
/** @type {number | undefined} */
let buildSeconds;
/** Builds timed for each site's build time, each from a clean state; the median is reported. */
const BUILD_RUNS = 3;
if (build) {
  const seconds = [];
  for (let run = 0; run < BUILD_RUNS; run++) {
    // From a clean state, as the reference is built (scripts/lib/starlight-reference.mjs): no last output,
    // no generated types or bundler cache (this checkout's .astro/), and no content cache (`--force`
    // clears it where it is, which may be a node_modules/ other checkouts share, without deleting their files).
    for (const stale of [join(process.cwd(), '.astro'), dist]) rmSync(stale, { recursive: true, force: true });
    const started = performance.now();
    const result = spawnSync('astro', ['build', '--force', '--outDir', dist], {
      stdio: 'ignore',
      env: { ...toolEnv, SITE_URL: BENCH_SITE_URL },
    });
    if (result.status !== 0) throw new Error('Build failed: run `npm run build` to see why.');
    seconds.push((performance.now() - started) / 1000);
  }
  buildSeconds = median(seconds);
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
  const scriptGz = (list) => list.reduce((sum, file) => sum + gz(readFileSync(file)), 0) + (inline.scripts ? gz(inline.scripts) : 0);
  const jsGz = scriptGz(scripts);
  const jsBeforeGz = scriptGz(scriptsBeforeInteraction(dist, base, page, html));
  const cssGz =
    stylesheetsOf(dist, base, page, html).reduce((sum, file) => sum + gz(readFileSync(file)), 0) + (inline.styles ? gz(inline.styles) : 0);
  const framework = scripts.some((file) => readFileSync(file, 'utf8').includes(REACT_SIGNATURE));
  return { page, island: html.includes('<astro-island'), framework, htmlGz: gz(html), jsGz, jsBeforeGz, cssGz };
});

console.log('\nPer page (gzipped KB; JS before anyone interacts, and all of it once every island has woken)');
console.log(`${'page'.padEnd(56)}${'island'.padEnd(8)}${'HTML'.padStart(7)}${'CSS'.padStart(7)}${'JS'.padStart(8)}${'JS all'.padStart(8)}`);
for (const row of rows) {
  const sizes = `${kb(row.htmlGz).padStart(7)}${kb(row.cssGz).padStart(7)}${kb(row.jsBeforeGz).padStart(8)}${kb(row.jsGz).padStart(8)}`;
  console.log(`${row.page.padEnd(56)}${(row.island ? 'yes' : '').padEnd(8)}${sizes}`);
}

const plain = rows.filter((row) => !row.island);
const islands = rows.filter((row) => row.island);
const maxJs = (list) => Math.max(0, ...list.map((row) => row.jsGz));
const totalBytes = files.reduce((sum, file) => sum + statSync(file).size, 0);
const pagefindBytes = files
  .filter((file) => relative(dist, file).startsWith('pagefind'))
  .reduce((sum, file) => sum + statSync(file).size, 0);

// 3. The Starlight reference: installed, generated from our words and built (skip with --no-reference)
const reference = process.argv.includes('--no-reference')
  ? { missing: 'skipped (--no-reference)' }
  : buildStarlightReference(dist, [...new Set(PAGE_TYPES.map((type) => type.path))]);
if ('missing' in reference) console.log(`\nStarlight reference missing: ${reference.missing}`);
/**
 * The reference served above holds the pages search indexes and the page types measured: what a
 * Starlight site of this course would be. For the site's totals (build time, size on disk) it is built
 * a second time with every page Alongside builds, each with that page's words, so both totals count
 * the same pages (built once with --no-build, where Alongside's build time is not measured).
 */
const builtPagePaths = pages.filter((page) => page.endsWith('index.html')).map((page) => page.slice(0, -'index.html'.length));
const everyPage =
  'missing' in reference
    ? reference
    : buildStarlightReference(dist, builtPagePaths, { outDir: 'dist-every-page', builds: build ? BUILD_RUNS : 1 });
if ('missing' in everyPage && !('missing' in reference)) console.log(`\nStarlight with every page missing: ${everyPage.missing}`);

// 4. Serve both from the product's own compressed server (scripts/serve.ts, as `npm start` does), each in its
//    own process, so both sites cross the same wire.
const servers = [];
const serve = async (folder, port, path) => {
  const server = spawn('node', ['scripts/serve.ts', '--root', folder, '--port', String(port)], {
    env: { ...toolEnv, BASE_PATH: path },
    stdio: 'ignore',
  });
  servers.push(server);
  try {
    await untilServing(`http://127.0.0.1:${port}${path}`);
  } catch (error) {
    for (const started of servers) started.kill();
    throw error;
  }
  return `http://127.0.0.1:${port}${path}`;
};
const sites = [{ name: 'alongside', url: await serve(dist, 4391, base) }];
if ('dist' in reference) sites.push({ name: 'starlight', url: await serve(reference.dist, 4392, '/') });

// 5. Search latency in a real browser, typing into each site's own search box, and Alongside's hit rate
const { path: executablePath } = findBrowser();
const browser = await chromium.launch({
  ...(executablePath ? { executablePath } : {}),
  args: ['--disable-background-networking', '--no-first-run'],
});
const querySet = JSON.parse(readFileSync('tests/search-queries.json', 'utf8')).queries;
let hits = 0;
const queries = ['reflections', 'overdose naloxone', 'boundaries money', 'suicide warning signs', 'trauma language'];
let latencies;
let latenciesOnAPhone;
let latenciesOnASlowPhone;
try {
  // Real timings in a real browser vary far more than Lighthouse's simulated ones (Starlight's first
  // query: medians of 5 from 440 to 815 ms in three benches), so search gets twice the runs, and one more.
  latencies = await searchLatency(browser, sites, queries, runs * 2 + 1);
  latenciesOnAPhone = await searchLatency(browser, sites, queries, runs * 2 + 1, PHONE_CONNECTION);
  // And with a phone's CPU too: what the page does itself before the results (starting the engine, the
  // first use of the browser's text-breaking data) takes several times as long there.
  latenciesOnASlowPhone = await searchLatency(browser, sites, queries, runs * 2 + 1, PHONE_CONNECTION, PHONE_CPU_SLOWDOWN);
  // Hit rate at 3 for the realistic query set, asking Pagefind directly: before the site's own query
  // clean-up and ranking (src/lib/search), which tests/e2e/search-quality.spec.ts holds to 100% through the search box.
  const page = await browser.newPage();
  await page.goto(sites[0].url);
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

// 6. Lighthouse, mobile, median of `runs`, alternating the two sites run by run (skip with --no-lighthouse)
/** lighthouse[page type][site] -> one result per run */
const lighthouse = Object.fromEntries(PAGE_TYPES.map((type) => [type.name, Object.fromEntries(sites.map((site) => [site.name, []]))]));
/**
 * Runs of a page type. With the slow CPU and network applied for real, the module page's blocking time
 * moves far more from run to run than under Lighthouse's simulation (32 to 261 ms in one series of 8),
 * so that row gets twice the runs, and one more, as search does.
 */
const runsOf = (type) => (type.applied ? runs * 2 + 1 : runs);
if (!process.argv.includes('--no-lighthouse')) {
  const mostRuns = Math.max(...PAGE_TYPES.map(runsOf));
  for (let run = 0; run < mostRuns; run++) {
    for (const type of PAGE_TYPES.filter((type) => run < runsOf(type))) {
      for (const site of run % 2 ? [...sites].reverse() : sites) {
        process.stdout.write(`\rLighthouse run ${run + 1} of ${runsOf(type)}: ${type.name}, ${site.name}`.padEnd(60));
        const options = { chromePath: executablePath, applied: type.applied };
        lighthouse[type.name][site.name].push(lighthouseOnce(`${site.url}${type.path}`, options));
      }
    }
  }
  process.stdout.write('\n');
}
for (const server of servers) server.kill();

console.log('\nSummary');
console.log(
  `Build time:                         ${buildSeconds === undefined ? 'not measured (--no-build)' : `${buildSeconds.toFixed(1)} s`}`,
);
console.log(`Pages:                              ${rows.length} (${islands.length} with islands)`);
const withFramework = plain.filter((row) => row.framework).length;
console.log(`JS on pages without islands:        max ${kb(maxJs(plain))} KB gz; framework JS on ${withFramework} of them (budget: 0)`);
const verdict = (bytes, budgetKb) => `(budget: ${budgetKb} KB) ${bytes / 1024 <= budgetKb ? 'within budget' : 'OVER BUDGET'}`;
const maxBefore = Math.max(0, ...islands.map((row) => row.jsBeforeGz));
console.log(`JS on pages with islands, before:   max ${kb(maxBefore)} KB gz ${verdict(maxBefore, BUDGET_ISLAND_JS_BEFORE_KB)}`);
console.log(`  and with every exercise touched:  max ${kb(maxJs(islands))} KB gz ${verdict(maxJs(islands), BUDGET_ISLAND_JS_TOUCHED_KB)}`);
const htmlSizes = rows.map((row) => row.htmlGz);
console.log(`HTML per page:                      median ${kb(median(htmlSizes))} KB gz, max ${kb(Math.max(...htmlSizes))} KB gz`);
console.log(`CSS per page:                       max ${kb(Math.max(...rows.map((row) => row.cssGz)))} KB gz`);
console.log(`Total site size:                    ${kb(totalBytes)} KB (${files.length} files)`);
console.log(`Pagefind index and runtime:         ${kb(pagefindBytes)} KB`);
console.log(
  `Pagefind alone, hit rate at 3:      ${hits} of ${querySet.length} realistic queries (${Math.round((hits / querySet.length) * 100)}%; the site's search box: see search-quality.spec.ts)`,
);

// 7. One table: Alongside beside Starlight, medians and ratios
const missing = 'missing' in reference ? 'missing' : undefined;
/** Every finite value of one metric across the runs for a page type and site, or why there is none. */
const measured = (type, site, key) => {
  if (site === 'starlight' && missing) return missing;
  const results = lighthouse[type][site] ?? [];
  if (!results.length) return 'not run';
  const values = results.filter((result) => !result.error).map((result) => result[key]);
  return values.length ? values : 'error';
};
const LIGHTHOUSE_METRICS = [
  ['performance score', 'performance', 'score'],
  ['accessibility score', 'accessibility', 'score'],
  ['first contentful paint', 'fcpMs', 'ms'],
  ['largest contentful paint', 'lcpMs', 'ms'],
  ['total blocking time', 'tbtMs', 'ms'],
  ['cumulative layout shift', 'cls', 'cls'],
  ['first-visit bytes', 'totalBytes', 'kb'],
  ['JS before interaction', 'jsBytes', 'kb'],
  ['HTML', 'htmlBytes', 'kb'],
];
const rowsOut = PAGE_TYPES.flatMap((type) =>
  LIGHTHOUSE_METRICS.map(([metric, key, format]) =>
    row(type.name, metric, format, measured(type.name, 'alongside', key), measured(type.name, 'starlight', key)),
  ),
);
const searchOf = (site, key, found = latencies) => (site === 'starlight' && missing) || found[site]?.error || found[site]?.[key];
rowsOut.push(row('search', 'first query (loads index)', 'ms', searchOf('alongside', 'first'), searchOf('starlight', 'first')));
rowsOut.push(row('search', 'warm query', 'ms', searchOf('alongside', 'warm'), searchOf('starlight', 'warm')));
// The same queries timed around Playwright's own typing and waiting, as earlier benches timed them.
rowsOut.push(
  row('search', '  first, as Playwright drives it', 'ms', searchOf('alongside', 'firstDriven'), searchOf('starlight', 'firstDriven')),
);
rowsOut.push(
  row('search', '  warm, as Playwright drives it', 'ms', searchOf('alongside', 'warmDriven'), searchOf('starlight', 'warmDriven')),
);
const onAPhone = (site, key) => searchOf(site, key, latenciesOnAPhone);
rowsOut.push(row('search', "first query, a phone's connection", 'ms', onAPhone('alongside', 'first'), onAPhone('starlight', 'first')));
const onASlowPhone = (site, key) => searchOf(site, key, latenciesOnASlowPhone);
rowsOut.push(
  row(
    'search',
    `  the same with a ${PHONE_CPU_SLOWDOWN}× slower CPU`,
    'ms',
    onASlowPhone('alongside', 'first'),
    onASlowPhone('starlight', 'first'),
  ),
);
const precache = precacheSize(dist, base);
const precacheEs = precacheSize(dist, base, 'essential', 'es');
rowsOut.push(row('site', 'offline copy, first visit (gz)', 'kb', precache?.gzBytes ?? 'none', 'dist' in reference ? 'none' : missing));
rowsOut.push(row('site', '  the same, Spanish edition (gz)', 'kb', precacheEs?.gzBytes ?? 'none', 'dist' in reference ? 'none' : missing));
const wholeCourse = precacheSize(dist, base, 'course');
rowsOut.push(
  row('site', 'offline copy, whole course when chosen (gz)', 'kb', wholeCourse?.gzBytes ?? 'none', 'dist' in reference ? 'none' : missing),
);
// The site's totals against the reference built with every page Alongside builds (above), so both count
// the same pages; the served reference's own totals, with fewer pages, are printed after the table.
const sizeOnDisk = (folder) => walk(folder).reduce((sum, file) => sum + statSync(file).size, 0);
const pagesBuiltIn = (folder) =>
  walk(folder).filter((file) => file.endsWith('.html') && !relative(folder, file).startsWith('pagefind')).length;
const everyPageMissing = 'missing' in everyPage ? 'missing' : undefined;
rowsOut.push(row('site', 'total size on disk, the same pages', 'kb', totalBytes, everyPageMissing ?? sizeOnDisk(everyPage.dist)));
rowsOut.push(row('site', 'build time, the same pages', 's', buildSeconds ?? 'not measured', everyPageMissing ?? everyPage.buildSeconds));

console.log(`\nAlongside ÷ Starlight (Lighthouse mobile, median of ${runs} first visits per page and site, sites alternating;`);
console.log(`"module, 4× CPU": the same page with the slow CPU and network applied for real, not simulated (${runs * 2 + 1} visits);`);
console.log(
  `served compressed (brotli) by the same server; bytes are what crossed the wire; search: median of ${runs * 2 + 1} fresh visits,`,
);
console.log('each timed in the page from the first key to the results (and, indented, around Playwright typing and waiting),');
console.log(
  `on this machine's server, then again over a phone's connection: ${PHONE_CONNECTION.latency} ms a request, ${((PHONE_CONNECTION.downloadThroughput * 8) / 1024 / 1000).toFixed(2)} Mbit/s down (Lighthouse's figures),`,
);
console.log(`and over that connection with the page's CPU slowed ${PHONE_CPU_SLOWDOWN}× (also Lighthouse's figure);`);
console.log('ratio < 1 is smaller or faster, scores > 1 higher)');
printTable(rowsOut);
for (const [type, bySite] of Object.entries(lighthouse))
  for (const [site, results] of Object.entries(bySite))
    for (const failed of new Set(results.filter((result) => result.error).map((result) => result.error)))
      console.log(`Lighthouse could not run on ${type} (${site}): ${failed}`);
for (const site of sites)
  for (const [found, where] of [
    [latencies, ''],
    [latenciesOnAPhone, " over a phone's connection"],
    [latenciesOnASlowPhone, " with a phone's CPU and connection"],
  ])
    if (found[site.name]?.error) console.log(`Search could not be timed on ${site.name}${where}: ${found[site.name].error}`);
if (missing) console.log(`The Starlight column is empty: the reference is missing (${reference.missing}).`);
else {
  console.log(
    `Starlight reference: ${reference.pages} pages with Alongside's words (bench/starlight/), its stock search (waits 300 ms after typing); ${pagesBuiltIn(reference.dist)} pages built, to Alongside's ${pages.length}: ${(sizeOnDisk(reference.dist) / 1024).toFixed(0)} KB on disk, built in ${reference.buildSeconds.toFixed(1)} s.`,
  );
  if (!everyPageMissing)
    console.log(
      `The same pages: Starlight built with every page Alongside builds, each with its words (${pagesBuiltIn(everyPage.dist)} pages, bench/starlight/dist-every-page/). Stock Starlight lists every page in each page's sidebar, so its size grows faster than its page count. Each site's build time is the median of ${BUILD_RUNS} builds, each from a clean state (no last output, content or bundler cache).`,
    );
}
console.log(
  `Lighthouse budgets for Alongside: performance >= 0.98, accessibility = 1.0.${precache ? ` Precache: ${precache.files} files.` : ''}`,
);
