/**
 * Progress that survives anything (issue #17), as a person meets it: storage full or blocked at load,
 * many tabs at once, two tabs saving quickly, unreadable data, shared-computer mode switched while
 * another tab is open, and a page framed by another website.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { allowFraming, answerQuestion, hydrated, keepDrawing, quizRegion, readQuiz } from './helpers';

const KEY = 'alongside:progress';
const MODULES = [
  'role-and-scope',
  'active-listening',
  'boundaries',
  'trauma-informed-language',
  'crisis-referral',
  'confidentiality-and-ethics',
  'recovery-pathways',
  'relapse-prevention',
  'self-care-and-supervision',
  'mentoring-relationship',
];

const at = '2026-11-20T10:00:00.000Z';
const progressWith = (modules: string[], extra: Record<string, unknown> = {}) => ({
  version: 2,
  updatedAt: at,
  modules: Object.fromEntries(modules.map((id) => [id, { visitedAt: at }])),
  quizzes: {},
  roleplays: {},
  resources: {},
  settings: {},
  ...extra,
});

/** Puts a saved value in place before the first page of the test loads (once, not on every reload). */
async function seed(page: Page, value: string): Promise<void> {
  await page.addInitScript(
    ([key, saved]) => {
      if (!sessionStorage.getItem('test:seeded')) {
        localStorage.setItem(key!, saved!);
        sessionStorage.setItem('test:seeded', '1');
      }
    },
    [KEY, value],
  );
}

async function openProgress(page: Page): Promise<void> {
  await page.goto('./progress/');
  await hydrated(page, page.getByRole('heading', { name: 'Move your progress to another device' }));
}

const savedProgress = (page: Page) =>
  page.evaluate((key) => JSON.parse(localStorage.getItem(key) ?? 'null') as ReturnType<typeof progressWith> | null, KEY);

test('with storage full at load, saved progress is still shown and exported in full', async ({ page }) => {
  await seed(page, JSON.stringify(progressWith(['role-and-scope', 'active-listening'])));
  await page.addInitScript(() => {
    // From now on, every write is refused as a full storage refuses it.
    Storage.prototype.setItem = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
  });
  await openProgress(page);
  await expect(page.getByRole('status').filter({ hasText: 'storage is full' })).toBeVisible();
  await expect(page.locator('[data-module-id="active-listening"] .progress-state')).toHaveText('Visited');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export my progress' }).click();
  const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { progress: ReturnType<typeof progressWith> };
  expect(Object.keys(exported.progress.modules)).toEqual(['role-and-scope', 'active-listening']);
  await expect(page.getByRole('status').filter({ hasText: 'with 2 items of progress' })).toBeVisible();
});

test('ten module tabs opened at once keep ten of ten visits', async ({ context }) => {
  const tabs = await Promise.all(MODULES.map(() => context.newPage()));
  await Promise.all(tabs.map((tab, index) => tab.goto(`./modules/${MODULES[index]}/`)));
  const first = tabs[0]!;
  await expect
    .poll(async () => Object.keys((await savedProgress(first))?.modules ?? {}).sort(), { timeout: 30_000 })
    .toEqual([...MODULES].sort());
  await Promise.all(tabs.map((tab) => tab.close()));
});

test('two tabs saving quickly keep every save', async ({ context }) => {
  const plans = [
    ['boundaries', 'role-and-scope'],
    ['self-care-and-supervision', 'recovery-pathways'],
  ];
  let expected = 0;
  await Promise.all(
    plans.map(async (modules) => {
      const tab = await context.newPage();
      await keepDrawing(tab); // both tabs act at once: the one behind must keep drawing too
      for (const module of modules) {
        const quiz = readQuiz(module, `${module}-quiz`);
        expected += quiz.questions.length;
        await tab.goto(`./modules/${module}/`);
        const region = quizRegion(tab, quiz.title);
        await hydrated(tab, region);
        for (const [index, question] of quiz.questions.entries()) await answerQuestion(region, question, index, index % 2 === 0);
      }
    }),
  );
  const page = context.pages()[0]!;
  await expect
    .poll(async () => {
      const saved = await savedProgress(page);
      const quizzes = Object.values<{ answers: object }>(saved?.quizzes ?? {});
      return quizzes.reduce((sum, quiz) => sum + Object.keys(quiz.answers).length, 0);
    })
    .toBe(expected);
  expect(expected).toBeGreaterThanOrEqual(40);
});

test('one unreadable item loses only itself; the copy can be downloaded, and the notice says what happened', async ({ page }) => {
  const damaged = progressWith(['role-and-scope', 'active-listening'], {
    quizzes: { 'role-and-scope-quiz': { answers: {}, bestScore: 0.9, lastScore: 40 } },
  });
  await seed(page, JSON.stringify(damaged));
  await openProgress(page);
  await expect(page.getByRole('status').filter({ hasText: 'One saved item could not be read and was left out' })).toBeVisible();
  await expect(page.locator('[data-module-id="role-and-scope"]')).toContainText('best score 90%');
  const copies = page.getByRole('region', { name: 'Copies of progress that could not be read' });
  await expect(copies).toContainText('3 items can be read.');
  await expectNoAxeViolations(page, 'backups section');
  const download = page.waitForEvent('download');
  await copies.getByRole('button', { name: 'Download this copy' }).click();
  expect(JSON.parse(readFileSync(await (await download).path(), 'utf8'))).toEqual(damaged);
});

test('progress saved with a date at the end of time still takes new answers', async ({ page }) => {
  await seed(page, JSON.stringify({ ...progressWith(['active-listening']), updatedAt: '9999-12-31T23:59:59.999Z' }));
  const quizData = readQuiz('active-listening', 'active-listening-quiz');
  await page.goto('./modules/active-listening/');
  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  await answerQuestion(quiz, quizData.questions[0]!, 0, true);
  await expect(quiz.getByRole('group', { name: /^Question 1 of/ })).toContainText('Correct.');
  await expect.poll(async () => Object.keys((await savedProgress(page))?.quizzes ?? {})).toEqual(['active-listening-quiz']);
});

test('an import file with a bad date and thousands of retired ids gets a short, truthful preview', async ({ page }) => {
  await openProgress(page);
  const modules = Object.fromEntries(Array.from({ length: 2_000 }, (_, index) => [`retired-${index}`, { visitedAt: at }]));
  const file = { format: 'alongside-progress', exportedAt: 'soon', progress: progressWith([], { modules }) };
  await page
    .getByLabel('Import a progress file')
    .setInputFiles({ name: 'old.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  const preview = page.locator('.import-preview');
  await expect(preview.getByRole('heading', { name: 'This file contains' })).toBeFocused();
  await expect(preview).not.toContainText('Invalid Date');
  await expect(preview).toContainText('and 1990 more.');
  expect((await preview.textContent())!.length).toBeLessThan(1_000);
});

test('shared-computer mode switched in one tab stops another open tab writing to this device', async ({ context }) => {
  const quizData = readQuiz('active-listening', 'active-listening-quiz');
  const learner = await context.newPage();
  await learner.goto('./modules/active-listening/');
  const quiz = quizRegion(learner, quizData.title);
  await hydrated(learner, quiz);

  const settings = await context.newPage();
  await openProgress(settings);
  // Turning the mode on reloads the page, which first draws the box unchecked (server HTML) until it wakes:
  // click, then wait for the reloaded page to say so, rather than check(), which reads the box at once.
  await settings.getByLabel('Keep my progress only until I close this browser').click();
  await expect(settings.getByRole('status').filter({ hasText: 'Shared-computer mode is on.' })).toBeVisible();
  await expect(settings.getByLabel('Keep my progress only until I close this browser')).toBeChecked();

  await answerQuestion(quiz, quizData.questions[0]!, 0, true);
  const stored = await learner.evaluate((key) => ({ local: localStorage.getItem(key), session: sessionStorage.getItem(key) }), KEY);
  expect(stored.local).toBeNull();
  expect(stored.session).toContain('active-listening-quiz');
});

test('inside another website’s frame, clearing and importing are refused and the page says why', async ({ page, baseURL }) => {
  // A page with no origin of its own (about:blank) framing Alongside: another site, as far as Alongside can tell.
  await allowFraming(page, `${baseURL}progress/`);
  await page.setContent(
    `<title>Another site</title><iframe title="Alongside" src="${baseURL}progress/" width="900" height="900"></iframe>`,
  );
  const framed = page.frameLocator('iframe[title="Alongside"]');
  await expect(framed.getByText('it will not forget, clear or import anything').first()).toBeVisible();
  await expect(framed.getByRole('button', { name: 'Clear my progress…' })).toBeDisabled();
  await expect(framed.getByLabel('Import a progress file')).toBeDisabled();
  await expect(framed.getByRole('button', { name: 'Export my progress' })).toBeEnabled();
});
