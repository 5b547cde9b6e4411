import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { offlineState } from './helpers';

// Runs once, at the root: asking before downloading does not depend on the base path (offline.spec.ts,
// which does, runs under a sub-path too).
test.use({ serviceWorkers: 'allow' });

test('where the browser asks to save data, nothing is saved for offline use until the person asks', async ({ page, baseURL }) => {
  // Chromium's Save-Data setting, as pages see it (Lite mode on Android, or an extension on a desktop).
  await page.addInitScript(() => Object.defineProperty(navigator, 'connection', { value: { saveData: true }, configurable: true }));
  await page.goto('./');
  await expect(page.getByText('Your browser asks sites to save data')).toBeVisible();
  await page.waitForTimeout(1_000); // long enough for a worker to have registered, were one going to
  expect(await offlineState(page)).toEqual({ scopes: [], caches: [] });
  await expectNoAxeViolations(page, 'save-data, offline copy offered');

  await page.getByRole('button', { name: 'Keep an offline copy on this device' }).click();
  await expect(page.getByText('Available offline')).toBeFocused({ timeout: 30_000 });
  await expect(page.getByText('Available offline')).toHaveText(/help, the resource guide, the crisis module and search/);
  expect((await offlineState(page)).scopes).toEqual([new URL(baseURL!).pathname]);
});
