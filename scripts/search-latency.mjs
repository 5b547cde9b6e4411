// Search latency as a person meets it, in Chromium against the served dist/ (scripts/serve.ts, so
// compressed like a real host). A fresh visitor focuses the search box and types a query key by key
// (150 ms apart): "first" is from the first key to the first results being announced (the status
// region saying "… for “…”", for whatever has been typed by then); "next" is, for every later key, from
// that key to the results for the text typed so far. Prints medians over 5 visitors.
// `node scripts/search-latency.mjs [--port 4393]`; needs a build (npm run build).
/* global document, MutationObserver -- page.evaluate runs this part in the browser */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { findBrowser } from './find-browser.mjs';
import { untilServing } from './lib/until-serving.mjs';
import { toolEnv } from './tool-env.mjs';

const { values } = parseArgs({ options: { port: { type: 'string', default: '4393' }, runs: { type: 'string', default: '5' } } });
const base = (process.env.BASE_PATH ?? '/').replace(/\/?$/, '/');
const origin = `http://127.0.0.1:${values.port}`;
const server = spawn('node', ['scripts/serve.ts', '--port', values.port], { env: toolEnv, stdio: 'ignore' });
const queries = ['overdose', 'boundaries', 'reflections', 'trauma', 'relapse'];
const KEY_GAP = 150;

try {
  await untilServing(`${origin}${base}`);
  const { path: executablePath } = findBrowser();
  const browser = await chromium.launch({ ...(executablePath ? { executablePath } : {}), args: ['--disable-background-networking'] });
  const first = [];
  const next = [];
  for (let run = 0; run < Number(values.runs); run++) {
    const context = await browser.newContext({ serviceWorkers: 'block' }); // a fresh visitor: nothing cached
    const page = await context.newPage();
    await page.goto(`${origin}${base}`);
    const times = await page.evaluate(
      async ({ query, gap }) => {
        const box = document.querySelector('#site-search-input');
        const status = document.getElementById('site-search-status');
        const announced = [];
        new MutationObserver(() => announced.push({ at: performance.now(), text: status.textContent })).observe(status, {
          childList: true,
          characterData: true,
          subtree: true,
        });
        const keys = [];
        box.focus();
        for (let typed = 1; typed <= query.length; typed++) {
          keys.push(performance.now());
          box.value = query.slice(0, typed);
          box.dispatchEvent(new Event('input', { bubbles: true }));
          await new Promise((done) => setTimeout(done, gap));
        }
        await new Promise((done) => setTimeout(done, 2_000));
        const answered = (text, after) => announced.find((entry) => entry.at >= after && entry.text.includes(`for “${text}”`));
        const firstAnswer = announced.find((entry) => entry.text.includes('for “'));
        const perKey = keys.slice(1).map((at, index) => answered(query.slice(0, index + 2), at));
        return {
          first: firstAnswer ? firstAnswer.at - keys[0] : null,
          next: perKey.map((entry, index) => (entry ? entry.at - keys[index + 1] : null)),
        };
      },
      { query: queries[run % queries.length], gap: KEY_GAP },
    );
    first.push(times.first);
    next.push(...times.next.filter((value) => value !== null));
    await context.close();
  }
  await browser.close();
  const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const show = (list) => `median ${median(list).toFixed(0)} ms (of ${list.length}: ${list.map((value) => value.toFixed(0)).join(', ')})`;
  console.log(`First results on a fresh page, first key to announced: ${show(first)}`);
  console.log(`Next queries, key to its results announced:           ${show(next)}`);
} finally {
  server.kill();
}
