/**
 * Room mode on a real screen: every room view fits one 16:9 screen without scrolling, with every option
 * and the next action on screen, at a projector's full screen (1280×720, 1920×1080) and in a 1280×720
 * window with browser chrome, which is also what a video call shares (1280×600). One page per size visits
 * every view; axe runs once per kind of view at the tightest size, since views differ only in their text.
 */
import { expect, test, type Page } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { hydrated, readQuiz } from './helpers';

/** Views whose markup is new with paging (vote bars, the debrief's pages, a long question, the score's charts). */
const NEW_VIEWS = /^(decision N: the replies|group debrief, (ending|path)|quiz question with seven|the room’s score)/;

const sizes = [
  { name: 'full screen 1280×720', width: 1280, height: 720 },
  { name: 'a window (or a video call) at 1280×720', width: 1280, height: 600, axe: true },
  { name: 'full screen 1920×1080', width: 1920, height: 1080 },
];

// The longest quiz question (a scenario and seven options to vote on) is question 11 of this quiz.
const quizPath = './room/quiz/crisis-referral-quiz/';
const quiz = readQuiz('crisis-referral', 'crisis-referral-quiz');
const longest = 10;

/** The room's session for the quiz, kept in this tab (as a reload would find it): answered up to `revealed`, at screen `at`. */
function quizSession(revealed: number, at: number): string {
  const answered = quiz.questions.slice(0, Math.max(revealed, longest + 1));
  const selections = Object.fromEntries(answered.map((question) => [question.id, [question.options.find((option) => option.correct)!.id]]));
  return JSON.stringify({ at, selections, revealed: answered.slice(0, revealed).map((question) => question.id), tallies: {} });
}

async function openQuizAt(page: Page, revealed: number, at: number): Promise<void> {
  await page.evaluate(
    (session) => sessionStorage.setItem('alongside:room:v1:quiz:crisis-referral-quiz', session),
    quizSession(revealed, at),
  );
  await page.reload();
  await hydrated(page, page.locator('.room-stage'));
}

for (const size of sizes) {
  test(`every room view fits ${size.name} without scrolling, with its options and Next on screen`, async ({ page }) => {
    await page.setViewportSize({ width: size.width, height: size.height });
    const stage = page.locator('.room-stage');
    const heading = stage.locator('.room-screen h2');
    const navButtons = stage.locator('.room-nav').getByRole('button');
    /** Next is the second button beside Back; the last screen has none. */
    const hasNext = async () => (await navButtons.count()) > 1;
    const seen: string[] = [];
    const checked = new Set<string>();

    /** The view fits: the page does not scroll, and every visible option and both Back and Next are fully on screen. */
    async function fits(view: string): Promise<void> {
      const { scrollHeight, innerHeight } = await page.evaluate(() => ({
        scrollHeight: document.scrollingElement!.scrollHeight,
        innerHeight: window.innerHeight,
      }));
      expect(scrollHeight, `${view} scrolls at ${size.width}×${size.height}`).toBeLessThanOrEqual(innerHeight);
      for (const option of await stage.locator('.room-option:visible').all()) await expect(option).toBeInViewport({ ratio: 1 });
      for (const button of await navButtons.all()) await expect(button).toBeInViewport({ ratio: 1 });
      // axe on the views this file adds (room.spec.ts checks the others), once each.
      const kind = view.replace(/\d+/g, 'N').replace(/:.*page N of N$/, '');
      if (size.axe && NEW_VIEWS.test(kind) && !checked.has(kind))
        await expectNoAxeViolations(page, `${view} at ${size.width}×${size.height}`);
      checked.add(kind);
      seen.push(view);
    }
    /** Next (the clicker's Page Down), then waits for the new screen or page. */
    async function forward(): Promise<void> {
      const before = await heading.textContent();
      await page.keyboard.press('PageDown');
      await expect(heading).not.toHaveText(before ?? '');
    }

    // A role-play from the set-up to the last page of the group debrief.
    await page.goto('./room/roleplay/listening-wants-advice/');
    await hydrated(page, stage);
    await fits('role-play set-up');
    await page.getByRole('button', { name: 'Keys' }).click();
    const keys = page.getByRole('dialog', { name: 'Presenter keys' });
    await expect(keys).toContainText('Page Down');
    await expect(keys).toBeInViewport({ ratio: 1 });
    if (size.axe) await expectNoAxeViolations(page, 'presenter keys');
    await page.keyboard.press('Escape');
    await expect(keys).toBeHidden();

    for (let decision = 1; !(await stage.getByText('Go to the group debrief').isVisible()); decision++) {
      await forward();
      await fits(`decision ${decision}: the line`);
      await forward();
      if (decision === 1) {
        await page.getByRole('button', { name: /Add a vote for A$/ }).click();
        await page.getByRole('button', { name: /Add a vote for B$/ }).click();
        await expect(stage.locator('.room-option .room-bar')).toHaveCount(await stage.locator('.room-option').count());
      }
      await page.getByRole('button', { name: 'The room chooses A' }).click();
      await fits(`decision ${decision}: the replies with votes`);
      await forward();
      await fits(`decision ${decision}: coaching`);
    }
    while (await hasNext()) {
      await forward();
      await fits(`group debrief, ${await stage.locator('[data-debrief]').getAttribute('data-debrief')}: ${await heading.textContent()}`);
    }
    await expect(stage.getByRole('button', { name: 'Start again' })).toBeInViewport();

    // The quiz: the introduction, the longest question with all seven options, its answer page by page, the score page by page.
    await page.goto(quizPath);
    await hydrated(page, stage);
    await fits('quiz introduction');
    await openQuizAt(page, longest, 1 + longest * 2);
    await expect(heading).toHaveText(`Question ${longest + 1} of ${quiz.questions.length}`);
    await expect(stage.locator('.room-option')).toHaveCount(quiz.questions[longest]!.options.length);
    await fits('quiz question with seven options');
    while (!(await heading.textContent())!.startsWith(`Question ${longest + 2} of`)) {
      await forward();
      await fits(`quiz: ${await heading.textContent()}`);
    }
    await openQuizAt(page, quiz.questions.length, 1 + quiz.questions.length * 2);
    await fits('the room’s score');
    while (await hasNext()) {
      await forward();
      await fits(`quiz: ${await heading.textContent()}`);
    }

    // The blank screen, from the clicker's "B", and back.
    await page.keyboard.press('b');
    const blank = page.getByRole('button', { name: /The screen is blank/ });
    await expect(blank).toBeFocused();
    if (size.axe) await expectNoAxeViolations(page, 'blank screen');
    await page.keyboard.press('b');
    await expect(blank).toBeHidden();
    test.info().annotations.push({ type: 'views', description: seen.join(' | ') });
  });
}
