import { expect, test } from '@playwright/test';
import { answerQuestion, hydrated, quizRegion, readQuiz } from './helpers';

test.use({ serviceWorkers: 'allow' });

const quizData = readQuiz('boundaries', 'boundaries-quiz');

test('after one visit, the site works offline: another module, search and a quiz', async ({ page, context }) => {
  await page.goto('./');
  await expect(page.getByText('Available offline')).toBeVisible({ timeout: 30_000 });

  await context.setOffline(true);
  await page.goto('./modules/boundaries/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Boundaries');

  await page.getByRole('searchbox', { name: 'Search the training' }).fill('naloxone');
  await expect(page.getByRole('status').filter({ hasText: /for “naloxone”/ })).toBeVisible();
  await expect(page.locator('.search-results a').first()).toBeVisible();

  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  await answerQuestion(quiz, quizData.questions[0]!, 0, true);
  await expect(quiz.getByRole('group', { name: /^Question 1 of/ })).toContainText('Correct.');

  await page.goto('./help/');
  await expect(page.locator('main a[href="tel:988"]').first()).toBeVisible();
  await page.goto('./no-such-page/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('We could not find that page');
});
