import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { hydrated, readYaml } from './helpers';

interface Dilemma {
  title: string;
  situation: string;
  discussion: string[];
  options: { id: string; text: string; correct: boolean }[];
}
const dilemma = readYaml<Dilemma>('dilemmas', 'what-goes-in-the-note.yaml');
const bestLetter = String.fromCharCode(65 + dilemma.options.findIndex((option) => option.correct));

test('a trainer reveals a dilemma to the room step by step by keyboard', async ({ page }) => {
  await page.goto('./room/dilemmas/what-goes-in-the-note/');
  const stage = page.locator('.room-stage');
  await hydrated(page, stage);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Room mode: ${dilemma.title}`);
  await expect(stage.getByRole('heading', { name: 'The situation' })).toBeVisible();
  await expect(stage).toContainText(dilemma.situation.slice(0, 40));
  // The every-page sweep checks the whole page as it loads; each state here checks the stage.
  await expectNoAxeViolations(page, 'dilemma situation', { within: '.room-stage' });

  // A clicker's "next": the questions for the group, then the options; nothing of the answer yet.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Questions for the group' })).toBeFocused();
  await expect(stage.locator('.room-discussion li')).toHaveText(dilemma.discussion);
  await expect(stage.getByRole('button', { name: 'Show the options' })).toBeVisible();
  await expectNoAxeViolations(page, 'dilemma discussion', { within: '.room-stage' });

  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: 'The options' })).toBeFocused();
  await expect(stage.locator('.room-option')).toHaveCount(dilemma.options.length);
  await expect(stage).not.toContainText('The best first step');
  await expectNoAxeViolations(page, 'dilemma options', { within: '.room-stage' });

  // "Show the reasoning": the best first step and why, then the feedback on every option, a page at a time.
  await stage.getByRole('button', { name: 'Show the reasoning' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: /^The reasoning/ })).toBeFocused();
  await expect(stage.locator('.room-verdict')).toContainText(`The best first step: ${bestLetter}.`);
  await expect(page.getByRole('status').filter({ hasText: `The best first step is ${bestLetter}.` })).toBeAttached();
  await expectNoAxeViolations(page, 'dilemma reasoning', { within: '.room-stage' });
  for (let presses = 0; presses < 5 && (await stage.getByRole('button', { name: 'Next page' }).isVisible()); presses++) {
    await page.keyboard.press('ArrowRight');
  }
  await expect(stage.locator('.room-option-feedback').last()).toBeVisible();
  await expectNoAxeViolations(page, 'dilemma feedback on every option', { within: '.room-stage' });

  // The last step says so; Back returns through the steps; nothing is saved.
  await page.keyboard.press('ArrowRight');
  await expect(stage.locator('.room-warning')).toHaveText('This is the last step.');
  for (let presses = 0; presses < 8 && !(await page.getByRole('heading', { name: 'The options' }).isVisible()); presses++) {
    await page.keyboard.press('ArrowLeft');
  }
  await expect(page.getByRole('heading', { name: 'The options' })).toBeFocused();
  expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
});
