import { expect, test } from './fixtures';
import { moduleCount } from './helpers';

test('a mentor starts on the home page and moves through the modules in order @base-path', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  const titles = (await page.getByRole('region', { name: 'The modules' }).getByRole('heading', { level: 3 }).allTextContents()).map(
    (title) => title.trim(),
  );
  expect(titles).toHaveLength(moduleCount);

  const start = page.getByRole('link', { name: /^Start with / });
  const startTitle = (await start.textContent())!.replace('Start with ', '').trim();
  await start.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(startTitle);
  await expect(page.getByRole('heading', { name: 'In this module you will learn to' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Key points' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Sources' })).toBeVisible();

  const pager = page.getByRole('navigation', { name: 'Module navigation' });
  const after = titles[titles.indexOf(startTitle) + 1]!;
  await pager.getByRole('link', { name: /Next module/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(after);
  await pager.getByRole('link', { name: /Previous module/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(startTitle);
});

test('the home page maps the course: required modules first, minutes, competencies @base-path', async ({ page }) => {
  await page.goto('./');
  const path = page.getByRole('region', { name: 'A suggested path for a first-time mentor' });
  const steps = path.getByRole('listitem');
  await expect(steps).toHaveCount(moduleCount);
  for (let index = 0; index < 6; index++) await expect(steps.nth(index)).toContainText('required');
  await expect(page.getByRole('region', { name: 'The modules' })).toContainText('hours in all');
  await path.getByRole('link', { name: /competency areas/ }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Competencies');
  await expect(page.getByRole('heading', { level: 2 })).toHaveCount(12);
});

test('the glossary shows each word to avoid with what to say instead', async ({ page }) => {
  await page.goto('./glossary/');
  const pair = page.locator('#addict');
  await expect(pair).toContainText('Avoid');
  await expect(pair).toContainText('person with a substance use disorder');
});

test('search finds the active listening module as you type @base-path', async ({ page }) => {
  await page.goto('./about/');
  const search = page.getByRole('searchbox', { name: 'Search the training' });
  await search.fill('reflections');
  const status = page.getByRole('status').filter({ hasText: /results? for/ });
  await expect(status).toContainText('for “reflections”');
  await page.getByRole('link', { name: 'Active listening' }).first().click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Active listening');
});

test('search results close with Escape and return focus to the box', async ({ page }) => {
  await page.goto('./');
  const search = page.getByRole('searchbox', { name: 'Search the training' });
  await search.fill('boundaries');
  await expect(page.getByRole('status').filter({ hasText: /for “boundaries”/ })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('status').filter({ hasText: /for “boundaries”/ })).toHaveCount(0);
  await expect(search).toBeFocused();
});

test('"Get help now" is the first thing after the skip link and the site name, and reaches 988 and 911 @base-path', async ({ page }) => {
  await page.goto('./modules/active-listening/');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  const help = page.getByRole('link', { name: /Get help now/ }).first();
  await expect(help).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Get help now');
  await expect(page.locator('main a[href="tel:911"]').first()).toBeVisible();
  await expect(page.locator('main a[href="tel:988"]').first()).toBeVisible();
  await expect(page.locator('main a[href="sms:988"]').first()).toBeVisible();
});

test('the skip link moves focus to the main content', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('an unknown address shows a helpful 404 page @base-path', async ({ page }) => {
  const response = await page.goto('./no-such-page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
  await expect(page.getByRole('link', { name: /get help now/i }).first()).toBeVisible();
});

test('printing a module drops the site chrome', async ({ page }) => {
  await page.goto('./modules/active-listening/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Module navigation' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});
