import { expect, test, type Page } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { answerQuestion, base, hydrated, offlineState, quizRegion, readQuiz } from './helpers';
import { SECOND_BASE, serveTwoSites } from './two-sites-server';
import { offline as offlineEs } from '../../src/lib/i18n/es/offline';
import { search as searchEs } from '../../src/lib/i18n/es/search';
import { esStatic as staticEs } from '../../src/lib/i18n/es-static';

test.use({ serviceWorkers: 'allow' });

const quizData = readQuiz('boundaries', 'boundaries-quiz');

/** A first visit to the home page, until the footer says the essentials are kept for offline use. */
async function firstVisitKeepsEssentials(page: Page): Promise<void> {
  await page.goto('./');
  await expect(page.getByText('Available offline')).toHaveText(/help, the resource guide, the crisis module and search are saved/, {
    timeout: 30_000,
  });
}

const WHOLE_COURSE = /^Make the whole course work offline \(\d+(\.\d)? MB\)$/;

test('a Spanish first visit keeps the Spanish essentials offline: help, the guide, the crisis module and Spanish search @base-path', async ({
  page,
  context,
}) => {
  await page.goto('./es/');
  await expect(page.getByText(offlineEs.readyEssentials)).toBeVisible({ timeout: 30_000 });

  await context.setOffline(true);
  await page.goto('./es/help/');
  await expect(page.getByRole('link', { name: '988 (marca el 2)' }).first()).toHaveAttribute('href', 'tel:988');
  await page.goto('./es/resources/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(staticEs.resourceGuide.title);
  await page.goto('./es/modules/crisis-referral/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
  // Search offline uses the Spanish index the first visit kept, and crisis words still bring help first.
  await page.getByRole('searchbox', { name: searchEs.label }).fill('sobredosis');
  await expect(page.getByRole('region', { name: searchEs.helpTitle })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /“sobredosis”/ })).toBeVisible();
  await expect(page.locator('.search-results a').first()).toHaveAttribute('href', /\/es\/modules\/crisis-referral\//);
  // A word only in a module that is not kept: the page says it searched what is saved here.
  await page.getByRole('searchbox', { name: searchEs.label }).fill('préstamo');
  await expect(page.getByRole('status').filter({ hasText: /“préstamo”/ })).toHaveText(searchEs.noResultsOffline('préstamo'));
  // A Spanish module not kept yet: the not-found page says why, in Spanish.
  await page.goto('./es/modules/boundaries/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(staticEs.notFound.heading);
  await expect(page.getByText(staticEs.notFound.offline)).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

test('the first visit keeps only the essentials offline; choosing the whole course keeps every module, search and quizzes @base-path', async ({
  page,
  context,
}) => {
  await firstVisitKeepsEssentials(page);
  await expect(page.getByRole('button', { name: WHOLE_COURSE })).toBeVisible();
  await expectNoAxeViolations(page, 'essentials offline, whole course offered');
  // Online, search reads the whole site's index.
  const searchBox = page.getByRole('searchbox', { name: 'Search the training' });
  await searchBox.fill('loan');
  await expect(page.locator('.search-results a[href$="/modules/boundaries/"]').first()).toBeVisible();

  // Offline, the essentials work: help, the resource guide, the crisis module and search (which finds what opens offline).
  await context.setOffline(true);
  // A search already open when the connection drops goes on with the index kept on this device.
  await searchBox.fill('suicide');
  await expect(page.getByRole('status').filter({ hasText: /for “suicide”/ })).toBeVisible();
  await expect(page.locator('.search-results a').first()).toHaveText('Crisis recognition and referral');
  await page.goto('./help/');
  await expect(page.locator('main a[href="tel:988"]').first()).toBeVisible();
  await page.goto('./resources/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Resource guide');
  await expect(page.locator('main a[href="tel:988"]').first()).toBeVisible();
  await page.goto('./modules/crisis-referral/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crisis recognition and referral');
  await page.getByRole('searchbox', { name: 'Search the training' }).fill('naloxone');
  await expect(page.getByRole('status').filter({ hasText: /for “naloxone”/ })).toBeVisible();
  await expect(page.locator('.search-results a').first()).toHaveText('Crisis recognition and referral');
  // Offline search reads the kept pages' own index: no result that would not open, and it says why.
  await page.getByRole('searchbox', { name: 'Search the training' }).fill('loan');
  await expect(page.getByRole('status').filter({ hasText: /“loan”/ })).toHaveText(
    'No results for “loan” in the pages saved on this device. Online, search covers the whole course.',
  );
  // Another module is not kept yet, and the page says so rather than "mistyped".
  await page.goto('./modules/boundaries/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByText('You are offline, and this page is not saved on this device.')).toBeVisible();

  await context.setOffline(false);
  await page.goto('./');
  await page.getByRole('button', { name: WHOLE_COURSE }).click();
  await expect(page.getByText('Available offline')).toHaveText(/this site is saved on this device/, { timeout: 30_000 });
  await expect(page.getByText('Available offline')).toBeFocused();
  await expect(page.getByRole('button', { name: WHOLE_COURSE })).toBeHidden();

  await context.setOffline(true);
  await page.goto('./modules/boundaries/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boundaries');

  await page.getByRole('searchbox', { name: 'Search the training' }).fill('loan');
  await expect(page.getByRole('status').filter({ hasText: /for “loan”/ })).toBeVisible();
  await expect(page.locator('.search-results a[href$="/modules/boundaries/"]').first()).toBeVisible();
  // With every page kept, a search that finds nothing searched them all: other words may help.
  await page.getByRole('searchbox', { name: 'Search the training' }).fill('xyzzy');
  await expect(page.getByRole('status').filter({ hasText: /“xyzzy”/ })).toHaveText('No results for “xyzzy”. Try fewer or different words.');

  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  await answerQuestion(quiz, quizData.questions[0]!, 0, true);
  await expect(quiz.getByRole('group', { name: /^Question 1 of/ })).toContainText('Correct.');

  await page.goto('./help/');
  await expect(page.locator('main a[href="tel:988"]').first()).toBeVisible();
  // The choice is remembered by the worker itself: the footer still says the whole site is kept.
  await expect(page.getByText('Available offline')).toHaveText(/this site is saved on this device/);
  await page.goto('./no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
});

test('on a connection the browser still reports as working, pages and search say they show what this device keeps @base-path', async ({
  page,
  context,
}) => {
  await firstVisitKeepsEssentials(page);
  // A network that refuses everything (a captive portal, a dead router): nothing arrives, yet the browser says it is online.
  await context.addInitScript(() => Object.defineProperty(Navigator.prototype, 'onLine', { get: () => true }));
  await context.setOffline(true);
  await page.goto('./modules/boundaries/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByText('You are offline, and this page is not saved on this device.')).toBeVisible();
  await expect(page.getByText(/mistyped/i)).toBeHidden();

  await page.goto('./modules/crisis-referral/');
  await page.getByRole('searchbox', { name: 'Search the training' }).fill('loan');
  await expect(page.getByRole('status').filter({ hasText: /“loan”/ })).toHaveText(
    'No results for “loan” in the pages saved on this device. Online, search covers the whole course.',
  );
});

test('on a connection that answers nothing, search soon reads the pages this device keeps, finds them, and says so @base-path', async ({
  page,
  context,
}) => {
  await firstVisitKeepsEssentials(page);
  await page.goto('./modules/crisis-referral/');
  // A weak signal that drops every request without failing it: the search index's files never arrive.
  await context.route('**/pagefind/**', () => new Promise<void>(() => undefined));
  const searchBox = page.getByRole('searchbox', { name: 'Search the training' });
  await searchBox.fill('naloxone');
  await expect(page.locator('.search-results a').first()).toHaveText('Crisis recognition and referral');
  await searchBox.fill('loan');
  await expect(page.getByRole('status').filter({ hasText: /“loan”/ })).toHaveText(
    'No results for “loan” in the pages saved on this device. Online, search covers the whole course.',
  );
});

test('on a page the offline copy controls, search does not ask early for an index answer the connection may outdate', async ({ page }) => {
  await firstVisitKeepsEssentials(page);
  await page.goto('./modules/crisis-referral/');
  expect(await page.evaluate(() => !!navigator.serviceWorker.controller), 'the offline copy controls the page').toBe(true);
  // The service worker answers the entry file for the connection of the moment (offline, the kept pages'
  // index), and search's code, which listens for the connection changing, is not here yet: so only
  // Pagefind's script and wasm are asked for early (site-search-loader.client.ts), and search still works.
  await page.getByRole('searchbox', { name: 'Search the training' }).fill('naloxone');
  await expect(page.locator('.search-results a').first()).toHaveText('Crisis recognition and referral');
  const early = await page.evaluate(() =>
    [...document.head.querySelectorAll('link[rel="preload"], link[rel="modulepreload"]')].map((link) => link.getAttribute('href')),
  );
  expect(early.filter((href) => href?.includes('/pagefind/'))).toEqual([`${base}pagefind/pagefind.js`, `${base}pagefind/wasm.en.pagefind`]);
});

const KEEP = 'Keep an offline copy on this device';

/** Every key Alongside left in this origin's localStorage. */
function localKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(localStorage).filter((key) => key.startsWith('alongside:')));
}

/** "Forget everything on this device", confirmed, and the reload onto the home page that follows. */
async function forgetEverything(page: Page, at = './progress/'): Promise<void> {
  await page.goto(at);
  await hydrated(page, page.getByRole('heading', { name: 'Using a shared computer?' }));
  await page.getByRole('button', { name: 'Forget everything on this device…' }).click();
  await page.getByRole('button', { name: 'Yes, forget everything' }).click();
  await page.waitForURL(/forgotten=1/);
  await expect(page.getByRole('status').filter({ hasText: 'Everything Alongside saved on this device has been removed.' })).toBeVisible();
}

test('forget everything with its reload: no worker, cache or saved data comes back until the person keeps a copy @base-path', async ({
  page,
}) => {
  await page.goto('./modules/boundaries/');
  await expect(page.getByText('Available offline')).toBeVisible({ timeout: 30_000 });
  expect(await localKeys(page)).toContain('alongside:progress'); // the visit was saved

  await forgetEverything(page);
  // The page after forgetting used to register the worker again, and the whole site was cached again
  // within a second or two; give it that long to prove nothing comes back.
  await page.waitForTimeout(2_000);
  expect(await offlineState(page)).toEqual({ scopes: [], caches: [] });
  expect(await localKeys(page)).toEqual([]);
  await expect(page.getByText('Available offline')).toBeHidden();
  await expect(page.getByRole('button', { name: KEEP })).toBeVisible();
  await expectNoAxeViolations(page, 'forgotten, offline copy paused');
  await page.setViewportSize({ width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'page is wider than a 320 px screen').toBeLessThanOrEqual(0);

  // Every page of this tab leaves it paused, until the person chooses to keep a copy again.
  await page.goto('./help/');
  await page.getByRole('button', { name: KEEP }).click();
  await expect(page.getByText('Available offline')).toBeFocused({ timeout: 30_000 });
  expect((await offlineState(page)).scopes).toEqual([base]);
});

test('shared-computer mode removes the offline copy and never registers it @base-path', async ({ page }) => {
  await page.goto('./progress/');
  await expect(page.getByText('Available offline')).toBeVisible({ timeout: 30_000 });
  await hydrated(page, page.getByRole('heading', { name: 'Using a shared computer?' }));
  // Turning the mode on reloads the page, which first draws the box unchecked (server HTML) until it wakes:
  // click, then wait for the reloaded page to say so, rather than check(), which reads the box at once.
  await page.getByLabel('Keep my progress only until I close this browser').click();
  await expect(page.getByRole('status').filter({ hasText: 'Shared-computer mode is on.' })).toBeVisible();
  await expect(page.getByLabel('Keep my progress only until I close this browser')).toBeChecked();
  await expect.poll(() => offlineState(page)).toEqual({ scopes: [], caches: [] });

  await page.goto('./help/');
  await page.waitForTimeout(2_000);
  expect(await offlineState(page)).toEqual({ scopes: [], caches: [] });
  await expect(page.getByText('Available offline')).toBeHidden();
  await expect(page.getByRole('button', { name: KEEP })).toBeHidden();
});

test('two sites under different base paths of one origin keep their own offline copies @base-path', async ({ page, context }) => {
  const sites = await serveTwoSites(base);
  try {
    await page.goto(`${sites.origin}${base}`);
    await expect(page.getByText('Available offline')).toBeVisible({ timeout: 30_000 });
    const first = await offlineState(page);
    await page.goto(`${sites.origin}${SECOND_BASE}`);
    await page.evaluate(async () => {
      await navigator.serviceWorker.register('sw.js', { scope: './' });
      await navigator.serviceWorker.ready;
    });
    const both = await offlineState(page);
    expect(both.scopes).toEqual([...first.scopes, SECOND_BASE].sort());
    expect(both.caches).toEqual(expect.arrayContaining(first.caches)); // activating the second kept the first's cache
    const second = { scopes: [SECOND_BASE], caches: both.caches.filter((name) => !first.caches.includes(name)) };
    expect(second.caches).toHaveLength(1);

    await forgetEverything(page, `${sites.origin}${base}progress/`);
    expect(await offlineState(page)).toEqual(second);
    // The second site still works offline from its own copy.
    await context.setOffline(true);
    await page.goto(`${sites.origin}${SECOND_BASE}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Second site');
  } finally {
    await context.setOffline(false);
    await sites.close();
  }
});

test('the offline copy waits while search loads and while someone goes on searching, so their downloads never compete', async ({
  page,
  context,
}) => {
  // A slow connection for search's engine, so the search is still loading when the page has loaded.
  await context.route('**/pagefind/wasm.*.pagefind', async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await route.continue();
  });
  // Every request in the order it starts: the page's own (search), and the offline copy's (the worker's).
  const requests: { byWorker: boolean; url: string }[] = [];
  context.on('request', (request) => requests.push({ byWorker: request.serviceWorker() !== null, url: request.url() }));
  await page.goto('./');
  const searchBox = page.getByRole('searchbox', { name: 'Search the training' });
  await searchBox.fill('naloxone');
  await expect(page.getByRole('status').filter({ hasText: 'for “naloxone”' })).toBeVisible({ timeout: 15_000 });
  // A second search straight after the first goes first too: the copy waits until search is quiet.
  await searchBox.fill('boundaries');
  await expect(page.getByRole('status').filter({ hasText: 'for “boundaries”' })).toBeVisible();
  await expect(page.getByText('Available offline')).toBeVisible({ timeout: 30_000 });

  const firstByWorker = requests.findIndex((request) => request.byWorker);
  const lastSearch = requests.findLastIndex((request) => !request.byWorker && request.url.includes('/pagefind/'));
  expect(firstByWorker, 'the offline copy was installed').toBeGreaterThan(0);
  expect(lastSearch, 'the offline copy started before the search had its results').toBeLessThan(firstByWorker);
});
