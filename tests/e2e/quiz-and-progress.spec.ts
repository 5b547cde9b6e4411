import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { answerQuestion, hydrated, quizRegion, readQuiz } from './helpers';

const quizId = 'active-listening-quiz';
const quizData = readQuiz('active-listening', quizId);
const modulePath = './modules/active-listening/';
// An answered question changes only its quiz; the page around it is swept by the every-page visit.
const inQuiz = { within: `[data-exercise="quiz:${quizId}"]` };

test('a mentor answers a quiz, sees feedback, and finds answers and score still there after a reload', async ({ page }) => {
  await page.goto(modulePath);
  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  await expectNoAxeViolations(page, 'unanswered quiz', inQuiz);

  const [first, second] = quizData.questions;
  await answerQuestion(quiz, first!, 0, false);
  await expect(quiz.getByRole('group', { name: /^Question 1 of/ })).toContainText('Not quite.');
  await expect(page.getByRole('status').filter({ hasText: 'Question 1: Not quite.' })).toBeAttached();
  await expectNoAxeViolations(page, 'wrong answer', inQuiz);

  await answerQuestion(quiz, second!, 1, true);
  await expect(quiz.getByRole('group', { name: /^Question 2 of/ })).toContainText('Correct.');
  await expectNoAxeViolations(page, 'right answer', inQuiz);

  await page.reload();
  await hydrated(page, quiz);
  await expect(quiz.getByRole('group', { name: /^Question 1 of/ })).toContainText('Not quite.');
  await expect(quiz.getByRole('group', { name: /^Question 2 of/ })).toContainText('Correct.');
  await expect(quiz).toContainText(`2 of ${quizData.questions.length} questions answered.`);
});

test('retrying a question puts the keyboard on its first answer', async ({ page }) => {
  await page.goto(modulePath);
  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  await answerQuestion(quiz, quizData.questions[0]!, 0, false);
  const group = quiz.getByRole('group', { name: /^Question 1 of/ });
  await expect(group.getByRole('button', { name: 'Try this question again' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(group.getByRole('button', { name: 'Check answer' })).toBeVisible();
  await expect(group.locator('input').first()).toBeFocused();
});

test('completing a quiz shows the score and the areas to revisit', async ({ page }) => {
  await page.goto(modulePath);
  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  for (const [index, question] of quizData.questions.entries()) await answerQuestion(quiz, question, index, index !== 0);
  const total = quizData.questions.length;
  await expect(quiz).toContainText(`You got ${total - 1} of ${total} right`);
  await expect(quiz).toContainText('Worth revisiting:');
  await expectNoAxeViolations(page, 'completed quiz');

  await page.goto('./');
  await expect(page.locator('[data-module-status="active-listening"]')).toHaveText(
    `In progress · quiz ${Math.round(((total - 1) / total) * 100)}%`,
  );

  await page.goto('./progress/');
  const card = page.locator('[data-module-id="active-listening"]');
  await expect(card).toContainText(`best score ${Math.round(((total - 1) / total) * 100)}%`);
});

test('progress survives export, clear and import on another device', async ({ page }) => {
  await page.goto(modulePath);
  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  await answerQuestion(quiz, quizData.questions[0]!, 0, true);

  await page.goto('./progress/');
  const dashboard = page.getByRole('heading', { name: 'Move your progress to another device' });
  await hydrated(page, dashboard);
  const card = page.locator('[data-module-id="active-listening"]');
  await expect(card.locator('.progress-state')).toHaveText('In progress');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my progress' }).click();
  const file = await (await download).path();

  await page.getByRole('button', { name: 'Clear my progress…' }).click();
  await expect(page.getByRole('heading', { name: 'Clear all progress on this device?' })).toBeFocused();
  await expectNoAxeViolations(page, 'clear confirmation');
  await page.getByRole('button', { name: 'Yes, clear everything' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your progress was cleared' })).toBeVisible();
  // Cleared means not even visited: the module's state line and its quiz both read "not tried yet".
  await expect(card.locator('.progress-state')).toHaveText('not tried yet');
  await expect(card.getByRole('listitem').filter({ hasText: 'Quiz:' })).toContainText('not tried yet');

  await page.getByLabel('Import a progress file').setInputFiles(file);
  await expect(page.getByRole('heading', { name: 'This file contains' })).toBeFocused();
  await expectNoAxeViolations(page, 'import preview');
  await page.getByRole('button', { name: 'Replace the progress on this device' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Your progress was imported.' })).toBeVisible();
  await expect(card).toContainText('1 of');
  await expect(card.locator('.progress-state')).toHaveText('In progress');
});

test('a file that is not a progress export is refused and nothing changes', async ({ page }) => {
  await page.goto('./progress/');
  await hydrated(page, page.getByRole('heading', { name: 'Move your progress to another device' }));
  await page
    .getByLabel('Import a progress file')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"hello": "world"}') });
  await expect(page.getByRole('alert')).toContainText('not an Alongside progress export');
  await page
    .getByLabel('Import a progress file')
    .setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{oops') });
  await expect(page.getByRole('alert')).toContainText('not valid JSON');
  await expectNoAxeViolations(page, 'import error');
});

test('with storage disabled, a notice explains progress will not be kept, and the quiz still works', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
  });
  await page.goto(modulePath);
  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  await expect(quiz.getByRole('status').filter({ hasText: 'not letting Alongside use its storage' })).toBeVisible();
  await answerQuestion(quiz, quizData.questions[0]!, 0, true);
  await expect(quiz.getByRole('group', { name: /^Question 1 of/ })).toContainText('Correct.');
  await expectNoAxeViolations(page, 'storage notice');
});

test('if the storage notice’s words cannot load, a short notice takes their place and the quiz carries on', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new DOMException('Storage is disabled', 'SecurityError');
      },
    });
  });
  // The words load only when there is a notice; here the connection drops just then.
  await page.route('**/_astro/StorageNoticeText.*.js', (route) => route.abort('internetdisconnected'));
  await page.goto(modulePath);
  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  const notice = quiz.getByRole('status').filter({ hasText: 'Your progress may not be saved on this device.' });
  await expect(notice).toBeVisible();
  await expect(notice.getByRole('link', { name: 'Go to My progress' })).toBeVisible();
  await answerQuestion(quiz, quizData.questions[0]!, 0, true);
  await expect(quiz.getByRole('group', { name: /^Question 1 of/ })).toContainText('Correct.');
  await expectNoAxeViolations(page, 'short storage notice');
});

test('if My progress’s strings file did not load, the page stays as drawn and starts once it can', async ({ page }) => {
  // A connection that dropped while the page loaded: its interface strings (integrations/page-strings.ts) are missing.
  let reachable = false;
  await page.route('**/_astro/strings-en.*.js', (route) => (reachable ? route.continue() : route.abort('internetdisconnected')));
  await page.goto('./progress/');
  const exportButton = page.getByRole('button', { name: 'Export my progress' });
  // Not started without its words, so nothing the server drew is taken away; its controls wait.
  await expect(exportButton).toBeDisabled();
  await expect(page.getByRole('heading', { name: 'Move your progress to another device' })).toBeVisible();
  // And it says why, where a screen reader hears it.
  const status = page.getByRole('status').filter({ hasText: 'could not load' });
  await expect(status).toHaveText(/^This page’s tool could not load\. Check your connection/);

  reachable = true;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(exportButton).toBeEnabled();
  await expect(status).toBeHidden();
  await expectNoAxeViolations(page, 'progress page after its strings arrived');
});

test('unreadable saved progress is backed up and the learner is told', async ({ page }) => {
  await page.addInitScript(() => {
    if (!sessionStorage.getItem('seeded')) {
      localStorage.setItem('alongside:progress', '{"version": 2, "modu');
      sessionStorage.setItem('seeded', '1');
    }
  });
  await page.goto('./progress/');
  await hydrated(page, page.getByRole('heading', { name: 'Move your progress to another device' }));
  await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  const backups = await page.evaluate(() =>
    Object.keys(localStorage)
      .filter((key) => key.startsWith('alongside:progress:backup:'))
      .map((key) => localStorage.getItem(key)),
  );
  expect(backups).toEqual(['{"version": 2, "modu']);
  await expect(page.getByRole('region', { name: 'Copies of progress that could not be read' })).toContainText(
    'Nothing in it can be read by this version.',
  );
});

test('two tabs stay consistent', async ({ context }) => {
  const tabA = await context.newPage();
  const tabB = await context.newPage();
  await tabA.goto(modulePath);
  await tabB.goto(modulePath);
  const quizA = quizRegion(tabA, quizData.title);
  const quizB = quizRegion(tabB, quizData.title);
  await hydrated(tabA, quizA);
  await hydrated(tabB, quizB);

  await answerQuestion(quizA, quizData.questions[0]!, 0, true);
  await expect(quizB.getByRole('group', { name: /^Question 1 of/ })).toContainText('Correct.');
  await answerQuestion(quizB, quizData.questions[1]!, 1, true);
  await expect(quizA.getByRole('group', { name: /^Question 2 of/ })).toContainText('Correct.');

  await tabA.reload();
  await hydrated(tabA, quizA);
  await expect(quizA).toContainText(`2 of ${quizData.questions.length} questions answered.`);
});

test('the home page shows progress and offers to continue', async ({ page }) => {
  await page.goto(modulePath);
  // The visit is recorded once the page has painted (module-page.client.ts); its course list says so.
  await expect(page.locator('[data-course-status="active-listening"]').first()).toContainText('Visited');
  await page.goto('./');
  await expect(page.locator('[data-module-status="active-listening"]')).toHaveText('Visited');
  await expect(page.getByRole('link', { name: /^Continue: / })).toBeVisible();
});

test('a first visit to the home page loads no progress store, and the page follows a visit made in another tab', async ({ context }) => {
  const home = await context.newPage();
  const scripts: Promise<string>[] = [];
  home.on('response', (response) => {
    if (response.request().resourceType() === 'script') scripts.push(response.text());
  });
  await home.goto('./');
  await home.waitForLoadState('networkidle');
  // The progress validator's date-time pattern (src/lib/validate/values.ts) is in no script loaded.
  const loaded = await Promise.all(scripts);
  expect(loaded.length).toBeGreaterThan(0);
  expect(loaded.filter((code) => code.includes(String.raw`[0-5]\d(?:\.\d+)?Z$`))).toEqual([]);
  await expect(home.getByRole('link', { name: /^Start with / })).toBeVisible();

  const other = await context.newPage();
  await other.goto(modulePath);
  await expect(home.locator('[data-module-status="active-listening"]')).toHaveText('Visited');
  await expect(home.getByRole('link', { name: /^Continue: / })).toBeVisible();
});
