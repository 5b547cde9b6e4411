/**
 * Quizzes and role-plays that never lose a tap, never mark a changed question wrong, and print as
 * handouts without the learner's own answers.
 */
import { expect, test, type Locator, type Page } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { holdRequests, hydrated, quizRegion, readQuiz, readYaml } from './helpers';

const quizData = readQuiz('active-listening', 'active-listening-quiz');
const modulePath = './modules/active-listening/';
const quizId = 'active-listening-quiz';

interface Script {
  title: string;
  premise: string;
  start: string;
  nodes: { id: string; says: string }[];
}
const script = readYaml<Script>('roleplays', 'active-listening', 'listening-ambivalent-about-meetings.yaml');

function question(quiz: Locator, index: number): Locator {
  return quiz.getByRole('group', { name: new RegExp(`^Question ${index + 1} of`) });
}

/** The first two single-answer questions: one saved before it changed, one to answer wrongly before the page is ready. */
function singleQuestions() {
  const [changed, early] = quizData.questions.flatMap((candidate, index) => (candidate.kind === 'single' ? [index] : []));
  const wrong = quizData.questions[early!]!.options.find((option) => !option.correct)!;
  return { changed: changed!, early: early!, wrong };
}

/** Slows this page's network and CPU the way a phone on a poor connection is slow (Chromium's DevTools protocol). */
async function throttle(page: Page, on: boolean): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: on ? 150 : 0,
    downloadThroughput: on ? 200_000 : -1,
    uploadThroughput: on ? 100_000 : -1,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: on ? 4 : 1 });
}

test('a quiz keeps an answer ticked before it is ready, says on screen when nothing is chosen, and never marks a changed question wrong', async ({
  page,
}) => {
  const { changed, early, wrong } = singleQuestions();
  const at = '2026-11-24T10:00:00.000Z';
  // Saved progress (the shape in src/lib/progress/shape.ts) whose answer chose an option the question no longer has.
  const saved = {
    version: 2,
    updatedAt: at,
    modules: {},
    quizzes: {
      [quizId]: { answers: { [quizData.questions[changed]!.id]: { selected: ['removed-option'], correct: false, answeredAt: at } } },
    },
    roleplays: {},
    resources: {},
    settings: {},
  };
  await page.addInitScript((value) => localStorage.setItem('alongside:progress', value), JSON.stringify(saved));
  // The quiz's script arrives only once the tap is made, so the tap always lands on the server-rendered form.
  const release = await holdRequests(page, '**/_astro/QuizIsland.*.js');
  await page.goto(modulePath);
  await throttle(page, true);
  const quiz = quizRegion(page, quizData.title);
  await quiz.scrollIntoViewIfNeeded();
  const host = quiz.locator('xpath=ancestor::astro-island[1]');
  await expect(host).toHaveAttribute('ssr', /.*/);

  const group = question(quiz, early);
  const choice = group.getByRole('radio', { name: wrong.text, exact: true });
  await choice.check();
  release();
  await expect(host).not.toHaveAttribute('ssr', /.*/, { timeout: 20_000 });
  await throttle(page, false);
  await expect(choice).toBeChecked();
  await group.getByRole('button', { name: 'Check answer' }).click();
  await expect(group).toContainText('Not quite.');
  // A single-answer question has one right answer, not an "also right" one.
  await expect(group).toContainText('The right answer');
  await expect(group).not.toContainText('Also right');

  const outdated = question(quiz, changed);
  await expect(outdated).toContainText('This question has changed since you answered it');
  await expect(quiz).toContainText(`1 of ${quizData.questions.length} questions answered.`);
  await outdated.getByRole('button', { name: 'Check answer' }).click();
  await expect(outdated.getByText('Choose an answer first.')).toBeVisible();
  // The every-page sweep checks the rest of this long page; this state changes only the quiz.
  await expectNoAxeViolations(page, 'a changed question, and Check with nothing chosen', { within: 'section.quiz' });
  await outdated.locator('input').first().check();
  await expect(outdated.getByText('Choose an answer first.')).toHaveCount(0);

  // A legend that wraps used to straddle its box's top border; now it sits inside the box.
  await page.setViewportSize({ width: 320, height: 800 });
  const box = (await outdated.boundingBox())!;
  const legend = (await outdated.locator('legend').boundingBox())!;
  expect(legend.height).toBeGreaterThan(40);
  expect(legend.y).toBeGreaterThan(box.y + 1);
});

/** Holds an island's code back until `release` is called, so a press always lands before the island wakes. */
function holdIsland(page: Page, file: string): Promise<() => void> {
  return holdRequests(page, `**/_astro/${file}.*.js`);
}

test('the first press on an exercise that has not woken yet is played, not lost: a reply by pointer, a quiz answer by keyboard', async ({
  page,
}) => {
  const releaseRolePlay = await holdIsland(page, 'RolePlayIsland');
  const releaseQuiz = await holdIsland(page, 'QuizIsland');
  await page.goto(modulePath);

  // A reply chosen while the role-play is still the server's HTML: the press wakes it, and the reply is played.
  const rolePlay = page.getByRole('region', { name: `Role-play: ${script.title}` });
  const rolePlayHost = rolePlay.locator('xpath=ancestor::astro-island[1]');
  await expect(rolePlayHost).toHaveAttribute('ssr', /.*/);
  const reply = rolePlay.locator('.choice-button').first();
  const line = (await reply.textContent())!;
  await reply.click();
  await expect(rolePlayHost).toHaveAttribute('ssr', /.*/); // still asleep: its code has not arrived
  releaseRolePlay();
  await expect(rolePlay.locator('.mentor-line')).toContainText(line);
  await expect(rolePlay.getByRole('heading', { name: 'What do you say?' })).toBeFocused();

  // A quiz answered by keyboard before it wakes: the tick stays, and Enter on Check answer is played.
  const quiz = quizRegion(page, quizData.title);
  const quizHost = quiz.locator('xpath=ancestor::astro-island[1]');
  const { early, wrong } = singleQuestions();
  const group = question(quiz, early);
  await group.getByRole('radio', { name: wrong.text, exact: true }).focus();
  await page.keyboard.press('Space');
  await page.keyboard.press('Tab');
  await expect(group.getByRole('button', { name: 'Check answer' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(quizHost).toHaveAttribute('ssr', /.*/);
  releaseQuiz();
  await expect(group).toContainText('Not quite.');
  await expect(group.getByRole('radio', { name: wrong.text, exact: true })).toBeChecked();
});

test('on a first visit, no exercise shows before the scripts that catch a press on it, and the first screen shows while they load', async ({
  page,
}) => {
  // Astro's island runtime and the touch directive, as the finished pages load them (src/lib/build/first-screen.ts).
  const release = await holdRequests(page, '**/_astro/shared.*.js');
  await page.goto(modulePath, { waitUntil: 'commit' });
  await expect(page.getByRole('heading', { level: 1, name: 'Active listening' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'In this module you will learn to' })).toBeVisible();
  // The page is read up to a script that has not arrived; nothing after it is on the page yet.
  await page.waitForFunction(() => {
    const read = document.getElementsByTagName('*');
    return read[read.length - 1]?.matches('script[src*="/_astro/shared."]');
  });
  await expect(page.locator('astro-island')).toHaveCount(0);

  release();
  const rolePlay = page.getByRole('region', { name: `Role-play: ${script.title}` });
  const reply = rolePlay.locator('.choice-button').first();
  const line = (await reply.textContent())!;
  await reply.click();
  await expect(rolePlay.locator('.mentor-line')).toContainText(line);
});

test('if the exercises file cannot load, the exercise says so and keeps the press until it can', async ({ page }) => {
  let reachable = false;
  await page.route('**/modules/active-listening/exercises.json', (route) =>
    reachable ? route.continue() : route.abort('internetdisconnected'),
  );
  // The island's first render in the browser is drawn from the file, and must match the server's HTML.
  const hydrationErrors: string[] = [];
  // (React's production build reports a mismatch as error 418, 423 or 425, with a link to react.dev.)
  const isHydrationError = (text: string) => /hydrat|react\.dev\/errors\/(418|423|425)/i.test(text);
  page.on('console', (message) => {
    if (isHydrationError(message.text())) hydrationErrors.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (isHydrationError(error.message)) hydrationErrors.push(error.message);
  });
  await page.goto(modulePath);
  const rolePlay = page.getByRole('region', { name: `Role-play: ${script.title}` });
  const reply = rolePlay.locator('.choice-button').first();
  const line = (await reply.textContent())!;
  await reply.click();
  const status = rolePlay.locator('xpath=ancestor::astro-island[1]/following-sibling::p[1]');
  await expect(status).toHaveText(/^This exercise could not load\. .*what you chose is kept\.$/);
  await expect(status).toHaveRole('status');
  await expect(rolePlay.locator('xpath=ancestor::astro-island[1]')).toHaveAttribute('ssr', /.*/);
  await expectNoAxeViolations(page, 'exercise could not load');

  // The connection comes back: the file loads, the island wakes and the held reply is played.
  reachable = true;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(rolePlay.locator('.mentor-line')).toContainText(line);
  await expect(status).toBeHidden();
  expect(hydrationErrors).toEqual([]);
});

test('if the page’s strings file did not load, the exercise says so, keeps the press, and wakes when it can', async ({ page }) => {
  // A dropped connection while the page loaded: its interface strings (integrations/page-strings.ts) are missing.
  let reachable = false;
  await page.route('**/_astro/strings-en.*.js', (route) => (reachable ? route.continue() : route.abort('internetdisconnected')));
  await page.goto(modulePath);
  const rolePlay = page.getByRole('region', { name: `Role-play: ${script.title}` });
  const island = rolePlay.locator('xpath=ancestor::astro-island[1]');
  const reply = rolePlay.locator('.choice-button').first();
  const line = (await reply.textContent())!;
  await reply.click();
  const status = island.locator('xpath=following-sibling::p[1]');
  await expect(status).toHaveText(/^This exercise could not load\. .*what you chose is kept\.$/);
  // Nothing was torn down: the conversation as the server drew it is all there.
  await expect(island).toHaveAttribute('ssr', /.*/);
  await expect(reply).toBeVisible();
  await expectNoAxeViolations(page, 'strings file could not load');

  // The connection comes back: the file is fetched again, the island wakes and the held reply is played.
  reachable = true;
  await page.evaluate(() => window.dispatchEvent(new Event('online')));
  await expect(rolePlay.locator('.mentor-line')).toContainText(line);
  await expect(status).toBeHidden();
});

test('a module printed after trying its exercises carries none of the learner’s answers', async ({ page }) => {
  await page.goto(modulePath);
  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  const { early, wrong } = singleQuestions();
  const group = question(quiz, early);
  const chosen = group.getByRole('radio', { name: wrong.text, exact: true });
  await chosen.check();
  await group.getByRole('button', { name: 'Check answer' }).click();
  await expect(group).toContainText('Not quite.');

  const rolePlay = page.getByRole('region', { name: `Role-play: ${script.title}` });
  await hydrated(page, rolePlay);
  while (await rolePlay.locator('.choice-button').count()) await rolePlay.locator('.choice-button').first().click();
  await expect(rolePlay.getByRole('heading', { name: /^How it ended:/ })).toBeVisible();

  await page.emulateMedia({ media: 'print' });
  // The ticked answer looks exactly like the others on paper, and no feedback, score or instruction prints.
  const onPaper = await chosen.screenshot();
  await chosen.evaluate((input: HTMLInputElement) => (input.checked = false));
  expect(await chosen.screenshot()).toEqual(onPaper);
  await expect(group.getByText('Not quite.')).toBeHidden();
  await expect(quiz.getByText(/questions answered/)).toBeHidden();
  await expect(quiz.getByText(/Each answer comes with feedback/)).toBeHidden();

  // The role-play prints its set-up and where its handout prints from, not the learner's path.
  await expect(rolePlay.getByText(script.premise)).toBeVisible();
  await expect(rolePlay.getByRole('heading', { name: /^How it ended:/ })).toBeHidden();
  await expect(rolePlay.locator('.mentor-line, .rapport, .roleplay-ending').filter({ visible: true })).toHaveCount(0);
  const handoutLink = page.getByRole('link', { name: `Print this role-play as a handout (${script.title})` });
  await expect(handoutLink).toBeVisible();
  expect(await handoutLink.evaluate((link) => getComputedStyle(link, '::after').content)).toContain(
    '/handouts/#listening-ambivalent-about-meetings',
  );

  // The handout itself: how the conversation opens and each decision, with the replies on offer.
  await page.emulateMedia({ media: 'screen' });
  await handoutLink.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Role-play handouts: /);
  const handout = page.getByRole('region', { name: `Role-play: ${script.title}` });
  await expect(handout).toBeInViewport();
  await page.emulateMedia({ media: 'print' });
  await expect(handout.getByRole('heading', { name: 'The conversation, one decision at a time' })).toBeVisible();
  await expect(handout.getByText(/unsafe on purpose.*Your trainer has the answers/)).toBeVisible();
  const first = handout.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^Decision 1 of \d+$/ }) });
  await expect(first).toContainText(script.nodes.find((node) => node.id === script.start)!.says);
  await expect(page.getByRole('button', { name: 'Print the handouts' })).toBeHidden();
});

test('an exercise that starts before the page has reached the line after it still loads its file before it wakes', async ({ page }) => {
  // Astro starts an island once its own children have arrived, which on a slow page (or one the offline
  // copy streams) can be before the parser reaches the status line after it, where the exercises file's
  // address is. Here each status line is held back until the whole page has been read.
  await page.addInitScript(() => {
    const held: [Element, HTMLElement][] = [];
    const holdBack = new MutationObserver((records) => {
      for (const added of records.flatMap((record) => [...record.addedNodes])) {
        if (!(added instanceof HTMLElement) || added.dataset.exercises === undefined || !added.previousElementSibling) continue;
        held.push([added.previousElementSibling, added]);
        added.remove();
      }
    });
    holdBack.observe(document, { childList: true, subtree: true });
    const putBack = () => {
      holdBack.disconnect();
      for (const [island, status] of held) island.after(status);
    };
    document.addEventListener('DOMContentLoaded', putBack, { once: true });
  });
  await page.goto(modulePath);
  const quiz = quizRegion(page, quizData.title);
  await hydrated(page, quiz);
  const first = quizData.questions[0]!;
  const group = question(quiz, 0);
  await group.getByRole(first.kind === 'single' ? 'radio' : 'checkbox', { name: first.options[0]!.text, exact: true }).check();
  await group.getByRole('button', { name: 'Check answer' }).click();
  await expect(group.getByRole('button', { name: 'Try this question again' })).toBeVisible();
});
