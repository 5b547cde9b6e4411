import { expect, test, type Page } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { hydrated, readYaml } from './helpers';

interface Script {
  title: string;
  mentee: { name: string };
  endings: { title: string }[];
}
const rolePlayId = 'listening-wants-advice';
const script = readYaml<Script>('roleplays', 'active-listening', `${rolePlayId}.yaml`);
const modulePath = './modules/active-listening/';
// Playing changes only the role-play; the page around it is swept by the every-page visit.
const inRolePlay = { within: `[data-exercise="roleplay:${rolePlayId}"]` };

function rolePlay(page: Page) {
  return page.getByRole('region', { name: `Role-play: ${script.title}` });
}

test('a mentor plays a role-play to an ending by keyboard alone and reads the debrief', async ({ page }) => {
  await page.goto(modulePath);
  const region = rolePlay(page);
  await hydrated(page, region);
  await expectNoAxeViolations(page, 'role-play start', inRolePlay);

  const prompt = region.getByRole('heading', { name: 'What do you say?' });
  await prompt.focus();
  let decisions = 0;
  while (await prompt.isVisible()) {
    await page.keyboard.press('Tab'); // to the first reply on offer
    await expect(region.locator('.choice-button').first()).toBeFocused();
    await page.keyboard.press('Enter');
    decisions++;
    if (decisions === 2) await expectNoAxeViolations(page, 'role-play mid-way', inRolePlay);
    const ended = region.getByRole('heading', { name: /^How it ended:/ });
    if (await ended.isVisible()) {
      await expect(ended).toBeFocused();
      break;
    }
    await expect(prompt).toBeFocused();
  }
  expect(decisions).toBeGreaterThanOrEqual(3);
  // Once ended, the debrief goes over each moment, so the transcript folds away; it opens by keyboard.
  await expect(region.getByText(/Coaching/).first()).toBeHidden();
  await region.getByText(/^The whole conversation, with coaching/).focus();
  await page.keyboard.press('Enter');
  await expect(region.getByText(/Coaching/).first()).toBeVisible();
  await expect(region.getByText('Your path and the recommended path')).toBeVisible();
  await expect(region.getByText('What they were thinking').first()).toBeVisible();
  await expect(region.getByText('Skills you used')).toBeVisible();
  await expectNoAxeViolations(page, 'role-play ending and debrief', inRolePlay);

  await region.getByRole('button', { name: 'Step back' }).focus();
  await page.keyboard.press('Enter');
  await expect(prompt).toBeFocused();
  await expect(region.getByRole('heading', { name: /^How it ended:/ })).toHaveCount(0);

  await page.goto('./progress/');
  await expect(page.locator('[data-module-id="active-listening"]')).toContainText(`${script.title} — 1 attempt, best ending:`);
});

test('a half-finished role-play resumes after a reload, and can start over', async ({ page }) => {
  await page.goto(modulePath);
  const region = rolePlay(page);
  await hydrated(page, region);
  await region.locator('.choice-button').first().click();
  await region.locator('.choice-button').first().click();
  await expect(region.locator('.mentor-line')).toHaveCount(2);
  const trust = await region.locator('.rapport-text').textContent();

  await page.reload();
  await hydrated(page, region);
  await expect(region.locator('.mentor-line')).toHaveCount(2);
  await expect(region.locator('.rapport-text')).toHaveText(trust!);

  await region.getByRole('button', { name: 'Start over' }).click();
  await expect(region.locator('.mentor-line')).toHaveCount(0);
  await expect(region.getByRole('heading', { name: 'What do you say?' })).toBeFocused();
});

test('the trust indicator is words and a number, not colour alone', async ({ page }) => {
  await page.goto(modulePath);
  const region = rolePlay(page);
  await hydrated(page, region);
  await expect(region.locator('.rapport')).toContainText(
    /Trust: (steady|warming up|open and talking|guarded|pulling away) \([+−-]?\d on a scale/,
  );
});
