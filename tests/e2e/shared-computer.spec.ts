import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { offlinePausedKey } from '../../src/lib/progress/keys';
import { allowFraming, answerQuestion, base, hydrated, quizRegion, readQuiz } from './helpers';

const quizData = readQuiz('active-listening', 'active-listening-quiz');

test('on a shared computer, progress can be kept for the session only', async ({ page }) => {
  await page.goto('./progress/');
  await hydrated(page, page.getByRole('heading', { name: 'Using a shared computer?' }));
  // Turning the mode on reloads the page, which first draws the box unchecked (server HTML) until it wakes:
  // click, then wait for the reloaded page to say so, rather than check(), which reads the box at once.
  await page.getByLabel('Keep my progress only until I close this browser').click();
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
  const keys = await page.evaluate(() => ({
    local: Object.keys(localStorage).filter((key) => key.startsWith('alongside:')),
    session: Object.keys(sessionStorage).filter((key) => key.startsWith('alongside:')),
  }));
  // Nothing is left but one flag in this tab's sessionStorage, gone when the tab closes: this tab does
  // not install the offline copy again (src/lib/progress/keys.ts).
  expect(keys).toEqual({ local: [], session: [offlinePausedKey(base)] });
});

test('inside another website\'s frame, "forget everything" refuses and says so', async ({ page, baseURL }) => {
  // A page with no origin of its own (about:blank) framing Alongside: another site, as far as Alongside can tell.
  await allowFraming(page, `${baseURL}progress/`);
  await page.setContent(
    `<!doctype html><html lang="en"><title>Another website</title><main><h1>Another website</h1>` +
      `<iframe title="Alongside" src="${baseURL}progress/" width="800" height="2000"></iframe></main></html>`,
  );
  const frame = page.frameLocator('iframe[title="Alongside"]');
  await hydrated(page, frame.getByRole('heading', { name: 'Using a shared computer?' }));
  await frame.getByRole('button', { name: 'Forget everything on this device…' }).click();
  await frame.getByRole('button', { name: 'Yes, forget everything' }).click();
  const device = frame.getByRole('region', { name: 'Using a shared computer?' });
  await expect(device.getByRole('status').filter({ hasText: 'Alongside is shown inside another website here' })).toBeVisible();
  await expectNoAxeViolations(page, 'forgetting refused in a frame');
});
