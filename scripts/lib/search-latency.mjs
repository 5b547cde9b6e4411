// Search latency as a person meets it: type into the site's own search box and time until results
// are on screen. The clock starts at the first key, so it covers loading the index (first query)
// and anything the site waits for (Starlight's Pagefind UI waits 300 ms after the last key press
// before it searches; Alongside searches at once), but not opening a search dialog.
// It is read in the page. Timed from here it also held Playwright's own steps: finding and checking
// the box before typing (80 to 200 ms on this machine), then polling for the results at widening
// intervals, which noticed them up to 500 ms late (first queries timed here at 1,007 ms were on screen
// at 537 ms). Those are still printed, as earlier benches gave them.
import { defaultSettings } from 'lighthouse/core/config/constants.js';

/** How each site's search box is reached and how its results show. */
const SITES = {
  alongside: {
    async box(page) {
      return page.getByRole('searchbox', { name: 'Search the training' });
    },
    async shown(page, query) {
      await page
        .getByRole('status')
        .filter({ hasText: `for “${query}”` })
        .waitFor();
    },
  },
  starlight: {
    async box(page) {
      // The search button is enabled by script, and the Pagefind UI is loaded when the page is idle.
      await page.locator('button[data-open-modal]:not([disabled])').click();
      const input = page.locator('#starlight__search input');
      await input.waitFor();
      return input;
    },
    async shown(page, query) {
      await page.locator('.pagefind-ui__message', { hasText: query }).waitFor();
      await page.locator('.pagefind-ui__result-link').first().waitFor();
    },
  },
};

/**
 * A phone's connection as Lighthouse's mobile runs apply it for real (its DevTools throttling, as the
 * bench's "module, 4× CPU" row uses): 562.5 ms added to each request, 1.47 Mbit/s down, 675 kbit/s up.
 * On this machine's own server every download is nearly instant, so what search asks for one after
 * another only shows here.
 */
const { requestLatencyMs, downloadThroughputKbps, uploadThroughputKbps, cpuSlowdownMultiplier } = defaultSettings.throttling;
export const PHONE_CONNECTION = {
  offline: false,
  latency: requestLatencyMs,
  downloadThroughput: (downloadThroughputKbps * 1024) / 8,
  uploadThroughput: (uploadThroughputKbps * 1024) / 8,
};
/** How much slower a phone's CPU is taken to be than this machine's, as Lighthouse's mobile runs slow it (4×). */
export const PHONE_CPU_SLOWDOWN = cpuSlowdownMultiplier;

/* global document, window, MutationObserver -- timeInPage runs in the page */
/**
 * Runs in the page before a query is typed: notes when the first key arrives (its input event) and when
 * the results are in the page (as SITES' `shown` waits for them), on the page's own clock.
 * @param {{ site: 'alongside' | 'starlight', query: string }} what
 */
function timeInPage({ site, query }) {
  const shown =
    site === 'alongside'
      ? () => [...document.querySelectorAll('[role="status"]')].some((status) => status.textContent.includes(`for “${query}”`))
      : () =>
          Boolean(document.querySelector('.pagefind-ui__message')?.textContent.includes(query)) &&
          Boolean(document.querySelector('.pagefind-ui__result-link'));
  const timing = { key: undefined, shown: undefined };
  window.searchTiming = timing;
  document.addEventListener('input', () => (timing.key ??= performance.now()), { capture: true });
  const observer = new MutationObserver(() => {
    if (timing.key === undefined || !shown()) return;
    timing.shown = performance.now();
    observer.disconnect();
  });
  observer.observe(document.body, { subtree: true, childList: true, characterData: true });
}

/**
 * Times a first query (which loads the search index) and a second, warm one on a fresh page, `runs`
 * times per site, alternating which site goes first; over `connection` (Chrome's network conditions)
 * if given, and with the page's CPU slowed `cpuSlowdown` times if given.
 * @param {import('@playwright/test').Browser} browser
 * @param {{ name: 'alongside' | 'starlight', url: string }[]} sites the home page of each
 * @param {string[]} queries
 * @param {typeof PHONE_CONNECTION} [connection]
 * @param {number} [cpuSlowdown]
 * @returns {Promise<Record<string, { first: number[], warm: number[], firstDriven: number[], warmDriven: number[], error?: string }>>}
 *   first and warm: from the first key to the results, timed in the page; the Driven pair: timed here,
 *   around Playwright's typing and waiting (each step a message to the browser and back, which no
 *   person's typing costs: on this machine they add about a hundred milliseconds).
 */
export async function searchLatency(browser, sites, queries, runs = 5, connection = undefined, cpuSlowdown = 1) {
  const found = Object.fromEntries(sites.map((site) => [site.name, { first: [], warm: [], firstDriven: [], warmDriven: [] }]));
  for (let run = 0; run < runs; run++) {
    const order = run % 2 ? [...sites].reverse() : sites;
    for (const site of order) {
      if (found[site.name].error) continue;
      const context = await browser.newContext(); // a first visit each time: nothing cached
      const page = await context.newPage();
      try {
        const devtools = await context.newCDPSession(page);
        if (connection) await devtools.send('Network.emulateNetworkConditions', connection);
        if (cpuSlowdown !== 1) await devtools.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
        await page.goto(site.url);
        const box = await SITES[site.name].box(page);
        for (const [index, query] of [queries[run % queries.length], queries[(run + 1) % queries.length]].entries()) {
          await page.evaluate(timeInPage, { site: site.name, query });
          const started = performance.now();
          await box.fill(query);
          await SITES[site.name].shown(page, query);
          const driven = Math.round(performance.now() - started);
          const timing = await page.evaluate(() => window.searchTiming);
          if (timing.shown === undefined) throw new Error(`results for "${query}" were on screen, but not seen coming in the page`);
          const kind = index === 0 ? 'first' : 'warm';
          found[site.name][kind].push(Math.round(timing.shown - timing.key));
          found[site.name][`${kind}Driven`].push(driven);
        }
      } catch (error) {
        found[site.name].error = error instanceof Error ? error.message.split('\n')[0] : String(error);
      } finally {
        await context.close();
      }
    }
  }
  return found;
}
