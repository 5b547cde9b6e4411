import { expect, test, type Locator, type Page } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { hydrated, readQuiz, readYaml } from './helpers';

interface Script {
  title: string;
  mentee: { name: string };
  nodes: { id: string; says: string; thought: string; choices: { id: string; line: string; recommended?: boolean }[] }[];
}
const script = readYaml<Script>('roleplays', 'active-listening', 'listening-wants-advice.yaml');
const name = script.mentee.name;
const rolePlayPath = './room/roleplay/listening-wants-advice/';
const quizData = readQuiz('active-listening', 'active-listening-quiz');
const quizPath = './room/quiz/active-listening-quiz/';

const stageOf = (page: Page) => page.locator('.room-stage');

/** Presses Tab until `target` has focus, as a keyboard user would (fails if it never does). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 30; presses++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** The letter the room sees beside an option whose text includes `text`. */
async function letterOf(stage: Locator, text: string): Promise<string> {
  const option = stage.locator('.room-option').filter({ hasText: text });
  return (await option.locator('.room-letter').textContent())!.trim();
}

/** Presses the clicker's "next" until `target` shows (the debrief comes in pages). */
async function nextUntilVisible(page: Page, target: Locator): Promise<void> {
  for (let presses = 0; presses < 20 && !(await target.isVisible()); presses++) {
    const heading = await page.locator('.room-screen h2').textContent();
    await page.keyboard.press('ArrowRight');
    await expect(page.locator('.room-screen h2')).not.toHaveText(heading ?? '');
  }
}

async function noProgressSaved(page: Page): Promise<void> {
  const keys = await page.evaluate(() => Object.keys(localStorage));
  expect(keys, 'room mode must not write to localStorage').toEqual([]);
  expect(await page.evaluate(() => localStorage.getItem('alongside:progress'))).toBeNull();
}

test('a trainer runs a role-play with the room to the group debrief by keyboard alone', async ({ page }) => {
  await page.goto(rolePlayPath);
  const stage = stageOf(page);
  await hydrated(page, stage);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Room mode: ${script.title}`);
  await expectNoAxeViolations(page, 'room role-play set-up');

  // A clicker's "next" from the page: the mentee's line, large, then the replies.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: `Decision 1: ${name} says` })).toBeFocused();
  await expect(stage.locator('.room-line')).toContainText(script.nodes[0]!.says.slice(0, 40));
  await expect(page.getByRole('status').filter({ hasText: `Decision 1. ${name} says:` })).toBeAttached();
  await page.keyboard.press('PageDown');
  const replies = page.getByRole('heading', { name: 'Decision 1: what should the mentor say?' });
  await expect(replies).toBeFocused();

  // Coaching stays hidden until the room's choice is recorded.
  await page.keyboard.press('ArrowRight');
  await expect(stage.locator('.room-warning')).toHaveText('Pick the room’s choice first.');
  await expect(stage.locator('.room-coaching')).toHaveCount(0);

  // The room leans towards a reply that is not the recommended one: 3 votes to 1.
  const first = script.nodes[0]!;
  const recommended = first.choices.find((choice) => choice.recommended)!;
  const other = first.choices.find((choice) => !choice.recommended)!;
  const otherLetter = await letterOf(stage, other.line.slice(0, 30));
  const recommendedLetter = await letterOf(stage, recommended.line.slice(0, 30));
  await tabTo(page, page.getByRole('button', { name: new RegExp(`Add a vote for ${otherLetter}$`) }));
  for (let vote = 0; vote < 3; vote++) await page.keyboard.press('Enter');
  await expect(page.getByRole('group', { name: `Votes for ${otherLetter}` })).toContainText('3 votes');
  await tabTo(page, page.getByRole('button', { name: new RegExp(`Add a vote for ${recommendedLetter}$`) }));
  await page.keyboard.press('Enter');
  const pickOther = page.getByRole('button', { name: `The room chooses ${otherLetter}` });
  await tabTo(page, pickOther);
  await page.keyboard.press('Enter');
  await expect(pickOther).toHaveAttribute('aria-pressed', 'true');
  await expectNoAxeViolations(page, 'room role-play replies with votes and a pick');

  // Reveal with Tab + Enter on the button this time.
  await tabTo(page, page.getByRole('button', { name: /Reveal the coaching/ }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Decision 1: coaching' })).toBeFocused();
  await expect(stage).toContainText(`The room chose ${otherLetter}:`);
  await expect(stage.locator('.room-coaching')).toContainText('Coaching:');

  // Back shows the recorded pick; forward again keeps the path.
  await page.keyboard.press('ArrowLeft');
  await expect(replies).toBeFocused();
  await expect(pickOther).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: 'Decision 1: coaching' })).toBeFocused();

  // The rest of the way with the clicker keys, always picking reply A.
  const debrief = page.getByRole('heading', { name: 'Group debrief' });
  for (let decision = 2; decision < 12; decision++) {
    if (await page.getByRole('button', { name: /Go to the group debrief/ }).isVisible()) break;
    await page.keyboard.press('ArrowRight');
    await expect(page.getByRole('heading', { name: `Decision ${decision}: ${name} says` })).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await tabTo(page, page.getByRole('button', { name: 'The room chooses A' }));
    await page.keyboard.press('Enter');
    await page.keyboard.press('PageDown');
    await expect(page.getByRole('heading', { name: `Decision ${decision}: coaching` })).toBeFocused();
  }
  await page.keyboard.press('ArrowRight');
  await expect(debrief).toBeFocused();

  // The debrief, a page at a time so each fits the screen: how it ended, then the room's path beside the
  // recommended path, thoughts and votes, then the recommended path from the start.
  await expect(page.getByRole('status').filter({ hasText: 'Group debrief. How it ended:' })).toBeAttached();
  await expect(stage.getByRole('heading', { name: /^How it ended:/ })).toBeVisible();
  await page.keyboard.press('PageDown');
  await expect(stage.getByRole('heading', { name: 'The room’s path and the recommended path' })).toBeVisible();
  await expect(stage).toContainText(/The room chose the recommended reply at \d+ of \d+ moments\./);
  const firstRow = stage.locator('.room-path > li').first();
  await expect(firstRow).toContainText(`${otherLetter}: “${other.line.slice(0, 30)}`);
  await expect(firstRow).toContainText(`${recommendedLetter}: “${recommended.line.slice(0, 30)}`);
  await expect(firstRow).toContainText(`${otherLetter}: 3 (75%)`);
  await expect(firstRow).toContainText(`${recommendedLetter}: 1 (25%)`);
  await expect(firstRow).toContainText(`What ${name} was thinking`);
  await expect(firstRow).toContainText(first.thought.slice(0, 40));
  await expectNoAxeViolations(page, 'room role-play group debrief');
  const fromTheStart = stage.getByRole('heading', { name: 'The recommended path from the start' });
  await nextUntilVisible(page, fromTheStart);
  await expect(fromTheStart).toBeVisible();
  await expect(stage.locator('.room-recommended > li').first()).toContainText(recommended.line.slice(0, 30));

  // Nothing went into the trainer's own progress; the session lives in this tab only.
  await noProgressSaved(page);
  expect(await page.evaluate(() => Object.keys(sessionStorage))).toEqual(['alongside:room:v1:roleplay:listening-wants-advice']);

  // A reload (a clicker's F5) picks up where the room was, at once (nothing touched); Start again clears it.
  await page.reload();
  await expect(stageOf(page).getByText('Picked up where this room left off in this tab.')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Group debrief' })).toBeVisible();
  await nextUntilVisible(page, page.getByRole('button', { name: 'Start again' }));
  await tabTo(page, page.getByRole('button', { name: 'Start again' }));
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'The set-up' })).toBeFocused();
  await noProgressSaved(page);
});

test('room mode runs no framework code until someone is at the page, and the first clicker key and the first click both count', async ({
  page,
}) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto(rolePlayPath);
  const island = page.locator('astro-island');
  const component = await island.getAttribute('component-url');
  // The set-up reads before anything loads; the island's code waits for a sign of the trainer.
  await expect(page.getByRole('heading', { name: 'The set-up' })).toBeVisible();
  await page.waitForLoadState('networkidle');
  expect(requested).not.toContain(component);
  await expect(island).toHaveAttribute('ssr', '');

  // The clicker's first "next" wakes the room and is not lost: it moves to the first decision.
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: `Decision 1: ${name} says` })).toBeFocused();
  expect(requested).toContain(component);

  // On another activity, a click on Next made before the room works (it is drawn disabled until then) is kept.
  await page.goto(quizPath);
  const next = page.getByRole('button', { name: 'Start: question 1' });
  await expect(page.locator('astro-island')).toHaveAttribute('ssr', '');
  const box = (await next.boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(page.getByRole('heading', { name: `Question 1 of ${quizData.questions.length}` })).toBeFocused();
});

test('if the room cannot load its activity, it says so, and the next press works once the connection is back', async ({ page }) => {
  let failing = true;
  await page.route('**/modules/active-listening/exercises.json', (route) => (failing ? route.abort() : route.continue()));
  await page.goto(rolePlayPath);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('status').filter({ hasText: 'could not load' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'The set-up' })).toBeVisible();

  failing = false;
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: `Decision 1: ${name} says` })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'could not load' })).toHaveCount(0);
});

test('a trainer runs a quiz question with the room: votes, the room’s answer, then the feedback', async ({ page }) => {
  await page.goto(quizPath);
  const stage = stageOf(page);
  await hydrated(page, stage);
  await expectNoAxeViolations(page, 'room quiz introduction');

  const question = quizData.questions[0]!;
  const right = question.options.filter((option) => option.correct);
  await page.keyboard.press('ArrowRight');
  await expect(page.getByRole('heading', { name: `Question 1 of ${quizData.questions.length}` })).toBeFocused();
  await expect(stage.locator('.room-prompt')).toHaveText(question.prompt);

  for (const option of right) {
    const letter = await letterOf(stage, option.text);
    await tabTo(page, page.getByRole('button', { name: new RegExp(`Add a vote for ${letter}$`) }));
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    const answer = page.getByRole('button', { name: `Room’s answer: ${letter}` });
    await tabTo(page, answer);
    await page.keyboard.press(' '); // Space presses the focused button; it does not move the step on
    await expect(answer).toHaveAttribute('aria-pressed', 'true');
  }
  await expect(page.getByRole('heading', { name: `Question 1 of ${quizData.questions.length}` })).toBeVisible();
  await expectNoAxeViolations(page, 'room quiz question with an answer marked');

  await page.keyboard.press('PageDown');
  await expect(page.getByRole('heading', { name: `Question 1 of ${quizData.questions.length}: the answer` })).toBeFocused();
  await expect(stage).toContainText('The room got it right.');
  await expect(stage).toContainText('The room’s answer — right');
  await expect(stage).toContainText('2 votes');
  await expect(page.getByRole('status').filter({ hasText: 'The room got it right.' })).toBeAttached();
  await expectNoAxeViolations(page, 'room quiz feedback');
  await noProgressSaved(page);
});

test('the discussion timer counts down as text, says when time is up, and keeps still for reduced motion', async ({ page }) => {
  await page.clock.install();
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto(rolePlayPath);
  const stage = stageOf(page);
  await hydrated(page, stage);
  const clock = page.getByRole('timer', { name: 'Time left' });
  await expect(clock).toHaveText('2:00');

  await tabTo(page, page.getByRole('button', { name: 'Start timer' }));
  await page.keyboard.press('Enter');
  await page.clock.runFor(30_000);
  await expect(clock).toHaveText('1:30');
  await page.getByRole('button', { name: 'Pause timer' }).press('Enter');
  await page.clock.runFor(60_000);
  await expect(clock).toHaveText('1:30');
  await expect(stage.locator('.room-timer-state')).toHaveText('Paused');

  await page.getByRole('button', { name: 'Resume timer' }).press('Enter');
  await page.clock.runFor(91_000);
  await expect(clock).toHaveText('0:00');
  await expect(stage.locator('.room-timer-state')).toHaveText('Time is up');
  await expect(page.getByRole('status').filter({ hasText: 'Time is up.' })).toBeAttached();
  const animation = await stage.locator('.room-timer-readout').evaluate((element) => getComputedStyle(element).animationName);
  expect(animation).toBe('none');

  await page.getByRole('button', { name: 'Reset timer' }).press('Enter');
  await expect(clock).toHaveText('2:00');
});

test('clicker keys leave a text field alone, and the room index links to every activity', async ({ page }) => {
  await page.goto(rolePlayPath);
  await hydrated(page, stageOf(page));
  const search = page.getByRole('searchbox').or(page.getByRole('textbox')).first();
  await search.fill('listening');
  await search.press('ArrowRight');
  await search.press('ArrowLeft');
  await expect(page.getByRole('heading', { name: 'The set-up' })).toBeVisible();

  await page.goto('./room/');
  await expect(page.getByRole('link', { name: script.title })).toHaveAttribute('href', /\/room\/roleplay\/listening-wants-advice\/$/);
  await expect(page.getByRole('link', { name: quizData.title })).toHaveAttribute('href', /\/room\/quiz\/active-listening-quiz\/$/);
  await noProgressSaved(page);
});

test('mid-way through, room mode fits a 320 px screen, passes axe in dark mode and prints without its controls', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(rolePlayPath);
  const stage = stageOf(page);
  await hydrated(page, stage);
  await page.getByRole('button', { name: `Start: hear ${name}` }).click();
  await page.getByRole('button', { name: /Show the replies/ }).click();
  await page.getByRole('button', { name: /Add a vote for B$/ }).click();
  await page.getByRole('button', { name: 'The room chooses B' }).click();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'page is wider than the screen').toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page, 'replies in dark mode at 320 px');

  await page.getByRole('button', { name: /Reveal the coaching/ }).click();
  await expectNoAxeViolations(page, 'coaching in dark mode at 320 px');
  await page.emulateMedia({ media: 'print', colorScheme: 'light' });
  await expect(stage.locator('.room-coaching')).toBeVisible();
  await expect(stage.locator('.room-toolbar')).toBeHidden();
  await expect(stage.locator('.room-nav')).toBeHidden();
});
