import { expect, test } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { answerQuestion, hydrated, quizRegion, readQuiz } from './helpers';

const quizData = readQuiz('active-listening', 'active-listening-quiz');

test('on a shared computer, progress can be kept for the session only', async ({ page }) => {
  await page.goto('./progress/');
  await hydrated(page, page.getByRole('heading', { name: 'Using a shared computer?' }));
  await page.getByLabel('Keep my progress only until I close this browser').check();
  await expect(page.getByRole('status').filter({ hasText: 'Shared-computer mode is on.' })).toBeVisible();
  await expect(page.getByLabel('Keep my progress only until I close this browser')).toBeChecked();

  await page.goto('./modules/active-listening/');
  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  await answerQuestion(quiz, quizData.questions[0]!, 0, true);
  const stored = await page.evaluate(() => ({
    local: localStorage.getItem('alongside:progress'),
    session: sessionStorage.getItem('alongside:progress'),
  }));
  expect(stored.local).toBeNull();
  expect(stored.session).toContain('active-listening-quiz');
});

test('"forget everything" removes all traces after confirmation', async ({ page }) => {
  await page.goto('./modules/active-listening/');
  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  await answerQuestion(quiz, quizData.questions[0]!, 0, true);

  await page.goto('./progress/');
  await hydrated(page, page.getByRole('heading', { name: 'Using a shared computer?' }));
  await page.getByRole('button', { name: 'Forget everything on this device…' }).click();
  await expect(page.getByRole('heading', { name: 'Forget everything Alongside saved on this device?' })).toBeFocused();
  await expectNoAxeViolations(page, 'forget confirmation');
  await page.getByRole('button', { name: 'Yes, forget everything' }).click();
  await page.waitForURL(/forgotten=1/);
  await expect(page.getByRole('status').filter({ hasText: 'Everything Alongside saved on this device has been removed.' })).toBeVisible();
  const keys = await page.evaluate(() =>
    [...Object.keys(localStorage), ...Object.keys(sessionStorage)].filter((key) => key.startsWith('alongside:')),
  );
  expect(keys).toEqual([]);
});
