import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { holdRequests } from './helpers';

test('a mentor filters the guide to lines open 24/7 that take texts', async ({ page }) => {
  await page.goto('./resources/');
  const filters = page.getByRole('form', { name: 'Filter the guide' });
  await expect(filters).toBeVisible();
  const count = filters.getByRole('status');
  await expect(count).toContainText('Showing all');
  await expect(page.getByRole('heading', { name: 'Poison Help' })).toBeVisible(); // call only: filtered out below
  await filters.getByLabel('Way to reach them').selectOption('text');
  await filters.getByLabel('Open 24/7').check();
  await expect(count).toContainText(/Showing \d+ of \d+ resources/);
  await expect(page.getByRole('link', { name: 'Crisis Text Line' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Poison Help' })).toBeHidden();
  expect(page.url()).toContain('method=text');
  await expectNoAxeViolations(page, 'filtered guide');

  // The filtered address can be shared: opening it again shows the same view.
  await page.reload();
  await expect(filters.getByLabel('Way to reach them')).toHaveValue('text');
  await expect(page.getByRole('heading', { name: 'Poison Help' })).toBeHidden();
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await expect(count).toContainText('Showing all');
});

test('filters chosen before the guide’s script arrives still filter, and the address shows them at once', async ({ page }) => {
  // A slow phone: the reader picks filters before the script that applies them has loaded.
  const release = await holdRequests(page, '**/resource-filters.client.*.js');
  await page.goto('./resources/');
  const filters = page.getByRole('form', { name: 'Filter the guide' });
  await filters.getByLabel('Way to reach them').selectOption('text');
  await filters.getByLabel('Open 24/7').check();
  release();
  await expect(filters.getByRole('status')).toContainText(/Showing \d+ of \d+ resources/);
  await expect(page.getByRole('heading', { name: 'Poison Help' })).toBeHidden();
  await expect(page).toHaveURL(/method=text/);
  await expect(page).toHaveURL(/open247=1/);
});

test('filters that match nothing say so', async ({ page }) => {
  await page.goto('./resources/?category=crisis&method=tty&language=French');
  await expect(page.getByText('No resources match these filters')).toBeVisible();
});

test('searching a situation reaches a resource with tap-to-call and tap-to-text links', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the training' }).fill('text a crisis counselor');
  const result = page.getByRole('link', { name: 'Crisis Text Line', exact: true });
  await expect(result).toBeVisible();
  await expect(page.locator('.search-results a[href^="sms:741741"]')).toBeVisible();
  await result.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Crisis Text Line');
  await expect(page.locator('main a[href="sms:741741?&body=HOME"]')).toBeVisible();
  await page.goto('./resources/samhsa-helpline/');
  // The Helpline has a Spanish call option on the same number (lang="es"); this is the English one.
  await expect(page.locator('main a[href="tel:+18006624357"]:not([lang])')).toBeVisible();
});

test('a search that suggests danger shows a help card above the results', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the training' }).fill('my mentee wants to die');
  const card = page.getByRole('region', { name: 'If someone is in danger now' });
  await expect(card).toBeVisible();
  await expect(card.locator('a[href="tel:911"]')).toBeVisible();
  // 988 has a Spanish call option too (same number); the English one is named "Call 988".
  await expect(card.getByRole('link', { name: 'Call 988', exact: true })).toHaveAttribute('href', 'tel:988');
  await expect(card.getByRole('link', { name: 'Call 988', exact: true })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Help lines are shown first.' })).toBeAttached();
  await expectNoAxeViolations(page, 'search help card');
  await page.getByRole('searchbox', { name: 'Search the training' }).fill('open questions');
  await expect(card).toBeHidden();
});

test('search works by keyboard alone', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('searchbox', { name: 'Search the training' }).focus();
  await page.keyboard.type('reflections');
  await page.keyboard.press('Enter');
  await expect(page.locator('.search-results a').first()).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a mentor saves resources, prints them as a wallet card, and removes one', async ({ page }) => {
  await page.goto('./resources/988-lifeline/');
  await page.getByRole('button', { name: 'Save to My resources' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was saved to My resources' })).toBeVisible();
  await expect(page.getByRole('button', { name: /Saved to My resources/ })).toHaveAttribute('aria-pressed', 'true');
  await page.goto('./resources/crisis-text-line/');
  await page.getByRole('button', { name: 'Save to My resources' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'was saved to My resources' })).toBeVisible();

  await page.goto('./my-resources/');
  const wallet = page.getByRole('list', { name: 'Saved resources' });
  await expect(wallet.getByRole('link', { name: '988 Suicide & Crisis Lifeline' })).toBeVisible();
  await expect(wallet.getByRole('link', { name: 'Crisis Text Line' })).toBeVisible();
  await expectNoAxeViolations(page, 'wallet');

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: 'Print as a wallet card' })).toBeHidden();
  await expect(wallet.getByRole('link', { name: 'Crisis Text Line' })).toBeVisible();
  await expect(page.getByRole('banner')).toBeHidden();
  await page.emulateMedia({ media: 'screen' });

  await page.getByRole('button', { name: 'Remove Crisis Text Line' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Crisis Text Line was removed.' })).toBeVisible();
  await expect(wallet.getByRole('link', { name: 'Crisis Text Line' })).toBeHidden();
  await page.reload();
  await expect(wallet.getByRole('link', { name: 'Crisis Text Line' })).toBeHidden();
  await expect(wallet.getByRole('link', { name: '988 Suicide & Crisis Lifeline' })).toBeVisible();
});

test('a country chosen before the guide’s filters have loaded (a slow connection) is kept, not put back to the United States', async ({
  page,
}) => {
  const deliverScript = await holdRequests(page, /\/resource-filters\.client\.[^/]+\.js$/);
  await page.goto('./resources/');
  await page.getByLabel('Your country').selectOption('ca');
  deliverScript();
  const crisis = page.getByRole('region', { name: 'Crisis lines and emergencies' });
  await expect(crisis.getByRole('link', { name: '9-8-8 Suicide Crisis Helpline (Canada)' })).toBeVisible();
  await expect(page.getByLabel('Your country')).toHaveValue('ca');
  // Remembered on this device, as a choice made after the script arrived is.
  await expect
    .poll(() => page.evaluate(() => Object.values<string>(localStorage).some((saved) => saved.includes('"country":"ca"'))))
    .toBe(true);
  await page.goto('./resources/');
  await expect(page.getByLabel('Your country')).toHaveValue('ca');
});

test('the guide puts the reader’s country first and lists other countries’ lines under their country', async ({ page }) => {
  await page.goto('./resources/');
  const crisis = page.getByRole('region', { name: 'Crisis lines and emergencies' });
  const elsewhere = page.getByRole('region', { name: 'Lines in other countries' });
  await expect(page.getByLabel('Your country')).toHaveValue('us');
  await expect(crisis.getByRole('link', { name: '988 Suicide & Crisis Lifeline' })).toBeVisible();
  await expect(crisis.getByRole('link', { name: '9-8-8 Suicide Crisis Helpline (Canada)' })).toHaveCount(0);
  await expect(
    elsewhere.getByRole('region', { name: 'Canada' }).getByRole('link', { name: '9-8-8 Suicide Crisis Helpline (Canada)' }),
  ).toBeVisible();

  await page.getByLabel('Your country').selectOption('ca');
  await expect(crisis.getByRole('link', { name: '9-8-8 Suicide Crisis Helpline (Canada)' })).toBeVisible();
  await expect(
    elsewhere.getByRole('region', { name: 'United States' }).getByRole('link', { name: '988 Suicide & Crisis Lifeline' }),
  ).toBeVisible();
  expect(page.url()).toContain('country=ca');
  await expectNoAxeViolations(page, 'guide for Canada');
  // Remembered on this device: the guide opens for Canada again without the address saying so.
  await page.goto('./resources/');
  await expect(page.getByLabel('Your country')).toHaveValue('ca');
  await expect(crisis.getByRole('link', { name: '9-8-8 Suicide Crisis Helpline (Canada)' })).toBeVisible();
});
