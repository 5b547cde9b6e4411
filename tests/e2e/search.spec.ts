import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { holdRequests } from './helpers';

test('a search in Spanish that suggests danger shows the help card with the Spanish options first', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the training' }).fill('quiero morir');
  const card = page.getByRole('region', { name: 'If someone is in danger now' });
  await expect(card.getByText('hay ayuda en español')).toBeVisible();
  const lifeline = card.getByRole('listitem').filter({ hasText: '988 Suicide & Crisis Lifeline' });
  await expect(lifeline.getByRole('link').first()).toHaveText('En español: llama al 988 y marca 2');
  await expect(lifeline.getByRole('link', { name: 'En español: envía AYUDA al 988' })).toHaveAttribute('lang', 'es');
  await expect(card.getByRole('link', { name: 'En español: envía AYUDA al 741741' })).toHaveAttribute('href', 'sms:741741?&body=AYUDA');
  // The training comes straight after the help, opened at the right section.
  const first = page.locator('.search-results > li').first();
  await expect(first.getByRole('link').first()).toHaveText('Crisis recognition and referral');
  await expect(first.getByRole('link', { name: 'Warning signs of suicide' })).toHaveAttribute('href', /#warning-signs-of-suicide$/);
});

test('an overdose search says 911, CPR and naloxone first; an English search about suicide keeps English options first', async ({
  page,
}) => {
  await page.goto('./');
  const box = page.getByRole('searchbox', { name: 'Search the training' });
  await box.fill('he is gasping');
  const card = page.getByRole('region', { name: 'If someone is in danger now' });
  await expect(card.getByText(/^Won’t wake up, or not breathing normally\? Call 911 now/)).toBeVisible();
  await expect(card.getByText('Poison Help, if they are awake and breathing', { exact: false })).toBeVisible();
  await expectNoAxeViolations(page, 'overdose help card');

  await box.fill('thinking about suicide');
  await expect(card.getByText(/not breathing normally/)).toBeHidden();
  await expect(card.locator('[data-help-intro-es]')).toBeHidden();
  const lifeline = card.getByRole('listitem').filter({ hasText: '988 Suicide & Crisis Lifeline' });
  await expect(lifeline.getByRole('link').first()).not.toHaveAttribute('lang', 'es');

  // In Spanish, the first steps and Poison Help's note are Spanish, marked so, and no line promises Spanish help
  // that a person who is not breathing could use (second clinical review, finding 5).
  await box.fill('mi hermano no respira');
  const steps = card.getByText(/^¿La persona no se despierta o no respira normalmente\? Llama al 911 ahora/);
  await expect(steps).toBeVisible();
  await expect(steps).toHaveAttribute('lang', 'es');
  await expect(card.getByText('si la persona está despierta y respira bien')).toHaveAttribute('lang', 'es');
  await expect(card.locator('[data-help-intro-es-lines]')).toBeHidden();
  await expectNoAxeViolations(page, 'overdose help card in Spanish');
});

test('on a wide screen results float over the page, and a search with no results offers help and suggestions', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto('./search/?q=xyzzy%20plugh');
  const box = page.getByRole('searchbox', { name: 'Search the training' });
  await expect(box).toHaveValue('xyzzy plugh');
  await expect(page.getByRole('status').filter({ hasText: 'No results for “xyzzy plugh”' })).toBeVisible();
  await expect(page.locator('[data-search-empty]').getByRole('link', { name: 'Get help now' })).toBeVisible();
  await expectNoAxeViolations(page, 'search with no results');

  const heading = page.getByRole('heading', { level: 1 });
  const before = await heading.boundingBox();
  await page.locator('[data-search-empty]').getByRole('link', { name: 'naloxone' }).click();
  await expect(box).toHaveValue('naloxone');
  const first = page.locator('.search-results > li').first();
  await expect(first.getByRole('link', { name: 'Opioid overdose' })).toBeVisible();
  expect(await heading.boundingBox(), 'the results pushed the page down').toEqual(before);
  await expectNoAxeViolations(page, 'search results over the page');
  await first.getByRole('link', { name: 'Opioid overdose' }).click();
  await expect(page).toHaveURL(/modules\/crisis-referral\/#opioid-overdose$/);
});

// Without JavaScript the form submits to /search/?q=…, whose <noscript> message and links are checked in
// tests/dist/search-index.test.ts: Chromium with scripts turned off by Playwright still does not show <noscript>.

test('typing, one letter shows nothing (it would match almost every page); the second starts the search, and Enter searches even one', async ({
  page,
}) => {
  await page.goto('./');
  const box = page.getByRole('searchbox', { name: 'Search the training' });
  const status = page.locator('#site-search-status');
  const results = page.locator('.search-results > li');
  await box.pressSequentially('n');
  // Its words load meanwhile: once they have, a search would have shown by now.
  await page.waitForLoadState('networkidle');
  await expect(results).toHaveCount(0);
  await expect(status).toHaveText('');
  await box.pressSequentially('a');
  await expect(status).toHaveText(/results? for “na”/);
  await expect(results.first()).toBeVisible();
  // Back to one letter: the last search's results go.
  await box.press('Backspace');
  await expect(results).toHaveCount(0);
  await expect(status).toHaveText('');
  await box.press('Enter');
  await expect(status).toHaveText(/results? for “n”/);
});

test('a search that finds nothing never shows the last search’s count while it learns whether this device is offline', async ({ page }) => {
  // Held: the entry file search asks for when it finds nothing (Pagefind's own request carries ?ts=).
  const release = await holdRequests(page, '**/pagefind/pagefind-entry.json');
  await page.goto('./');
  const box = page.getByRole('searchbox', { name: 'Search the training' });
  const status = page.locator('#site-search-status');
  await box.fill('naloxone');
  await expect(status).toHaveText(/results? for “naloxone”/);
  await box.fill('xyzzy plugh');
  await expect(page.locator('[data-search-empty]')).toBeVisible();
  await expect(status).toHaveText('');
  release();
  await expect(status).toHaveText('No results for “xyzzy plugh”. Try fewer or different words.');
});

test('search asks for its engine’s script, entry file, wasm and index metadata at once, and for each file once @base-path', async ({
  page,
}) => {
  // On a phone's connection each download is a round trip: the entry file, the wasm and the index's
  // metadata must not wait for Pagefind's script to arrive and ask for them (site-search-loader.client.ts).
  // Its script is held here until they are asked for (or 3 s).
  const asked: string[] = [];
  page.on('request', (request) => {
    const { pathname, search } = new URL(request.url());
    if (pathname.includes('/pagefind/')) asked.push(`${pathname.replace(/^.*\/pagefind\//, '')}${search}`);
  });
  const besideTheScript = (files: string[]) =>
    files.some((file) => file.startsWith('wasm.')) &&
    files.some((file) => file.startsWith('pagefind-entry.json?ts=')) &&
    files.some((file) => file.endsWith('.pf_meta'));
  let scriptReleased!: (askedBefore: string[]) => void;
  const askedBeforeTheScriptCame = new Promise<string[]>((resolve) => (scriptReleased = resolve));
  await page.route('**/pagefind/pagefind.js', async (route) => {
    for (let waited = 0; waited < 3_000 && !besideTheScript(asked); waited += 50) await new Promise((done) => setTimeout(done, 50));
    scriptReleased([...asked]);
    await route.continue();
  });
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the training' }).fill('naloxone');
  const askedBefore = await askedBeforeTheScriptCame;
  expect(besideTheScript(askedBefore), `asked for before Pagefind's script came: ${askedBefore.join(', ')}`).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: /results? for “naloxone”/ })).toBeVisible();
  // Pagefind's own requests were answered by those: a preload it did not use would show as a second
  // request, for the same file, the entry file under another tag, or the wasm of another language.
  expect(asked.filter((file) => file.startsWith('pagefind-entry.json')).length, 'entry files asked for').toBe(1);
  expect(
    asked.filter((file) => file.startsWith('wasm.')),
    'wasm files asked for',
  ).toEqual(['wasm.en.pagefind']);
  expect(asked.filter((file) => file.endsWith('.pf_meta')).length, 'index metadata files asked for').toBe(1);
  expect(
    asked.filter((file, index) => asked.indexOf(file) !== index),
    'files asked for twice',
  ).toEqual([]);
});
