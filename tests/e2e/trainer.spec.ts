import { expect, test } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { holdRequests, moduleCount } from './helpers';

test('a trainer turns on facilitator view, and it is remembered; learners do not see notes by default', async ({ page, context }) => {
  await page.goto('./modules/boundaries/');
  const notes = page.getByRole('complementary', { name: 'For the trainer' });
  await expect(notes).toBeHidden();
  const toggle = page.getByRole('button', { name: 'Facilitator view' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.focus();
  await page.keyboard.press('Enter');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(notes).toBeVisible();
  await expect(notes.getByRole('heading', { name: /^Agenda \(\d+ minutes\)$/ })).toBeVisible();
  await expectNoAxeViolations(page, 'facilitator view on');

  await page.goto('./modules/crisis-referral/');
  await expect(page.getByRole('complementary', { name: 'For the trainer' })).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('complementary', { name: 'For the trainer' })).toBeHidden();

  const learner = await (await context.browser()!.newContext()).newPage();
  await learner.goto(page.url());
  await expect(learner.getByRole('complementary', { name: 'For the trainer' })).toBeHidden();
});

test("facilitator view reads the notes from the module's guide, and says so plainly if it cannot", async ({ page }) => {
  let reachable = false;
  await page.route('**/modules/boundaries/facilitator/', (route) => (reachable ? route.continue() : route.abort('internetdisconnected')));
  await page.goto('./modules/boundaries/');
  await page.getByRole('button', { name: 'Facilitator view' }).click();
  const notes = page.getByRole('complementary', { name: 'For the trainer' });
  await expect(notes.getByText(/^The notes could not load here/)).toBeVisible();
  await expect(notes.getByRole('link', { name: 'Full facilitator guide' })).toHaveAttribute('href', /modules\/boundaries\/facilitator\/$/);

  // Turned off and on again once the guide can be reached: the notes load.
  reachable = true;
  await page.getByRole('button', { name: 'Facilitator view' }).click();
  await page.getByRole('button', { name: 'Facilitator view' }).click();
  await expect(notes.getByRole('heading', { name: /^Agenda \(\d+ minutes\)$/ })).toBeVisible();
  await expect(notes.getByText(/^The notes could not load here/)).toBeHidden();
});

test('facilitator view says what to open if the code that reads the notes cannot load', async ({ page }) => {
  // Learners never load that code, so it comes only when the view is turned on: offline, or replaced by
  // a newer version under an open tab, it may not come.
  await page.route('**/_astro/facilitator-notes.client.*.js', (route) => route.abort('internetdisconnected'));
  await page.goto('./modules/boundaries/');
  await page.getByRole('button', { name: 'Facilitator view' }).click();
  const notes = page.getByRole('complementary', { name: 'For the trainer' });
  await expect(notes.getByText(/^The notes could not load here/)).toBeVisible();
  await expect(notes.getByRole('link', { name: 'Full facilitator guide' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Facilitator view' })).toHaveAttribute('aria-pressed', 'true');
});

test('the facilitator guide has a timed agenda with a running clock, prompts, materials and notes', async ({ page }) => {
  await page.goto('./trainers/');
  await page.getByRole('main').getByRole('link', { name: 'Active listening', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facilitator guide: Active listening');
  const agenda = page.getByRole('table');
  await expect(agenda.getByRole('row').nth(1)).toContainText('0:00–');
  await expect(agenda.getByRole('row').nth(1)).toContainText(
    /IC&RC domain: (Advocacy|Mentoring\/Education|Recovery\/Wellness Support|Ethical Responsibility)/,
  );
  for (const name of ['Discussion prompts', 'Materials', 'Notes for the trainer', "The module's exercises"]) {
    await expect(page.getByRole('heading', { name })).toBeVisible();
  }
  await expectNoAxeViolations(page, 'facilitator guide');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(agenda).toBeVisible();
});

test('a training coordinator prints the IC&RC crosswalk and follows an hour back to its module', async ({ page }) => {
  await page.goto('./trainers/');
  await page.getByRole('link', { name: 'IC&RC crosswalk' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('IC&RC crosswalk');
  const summary = page.getByRole('table', { name: /^Facilitated hours in each domain/ });
  for (const domain of ['Advocacy', 'Mentoring/Education', 'Recovery/Wellness Support', 'Ethical Responsibility'])
    await expect(summary.getByRole('rowheader', { name: domain })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Peer Recovery (PR) standards' })).toHaveAttribute('href', /internationalcredentialing\.org/);

  await summary.getByRole('link', { name: 'Ethical Responsibility' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Ethical Responsibility' })).toBeInViewport();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(summary).toBeVisible();
  await page.emulateMedia({ media: 'screen' });

  const section = page.getByRole('region', { name: 'Ethical Responsibility' });
  await section.getByRole('link', { name: '5. Crisis recognition and referral' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Facilitator guide: Crisis recognition and referral');
});

test('a module prints as a handout: questions with space to write, no answers; answers are on their own sheet', async ({ page }) => {
  await page.goto('./modules/active-listening/');
  await page.emulateMedia({ media: 'print' });
  const quiz = page.getByRole('region', { name: /^Check your understanding/ });
  await expect(quiz.getByRole('group').first()).toBeVisible();
  await expect(quiz.getByRole('button').first()).toBeHidden();
  await expect(page.locator('.option-feedback')).toHaveCount(0);

  await page.emulateMedia({ media: 'screen' });
  await page.goto('./modules/active-listening/answers/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Answer sheet: Active listening');
  await expect(page.getByText(/^Right answers?:/).first()).toBeVisible();
  // The printed role-play's replies, some unsafe on purpose, have their key here.
  const key = page.getByRole('region', { name: /^Role-play key:/ }).first();
  await expect(key.getByRole('heading', { name: /^Decision 1 of \d+$/ })).toBeVisible();
  await expect(key.getByText(/^Recommended:/).first()).toBeVisible();

  // The role-plays print from their own page, one to a sheet, linked from the facilitator guide.
  await page.goto('./modules/active-listening/facilitator/');
  await page.getByRole('link', { name: 'Role-play handouts', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Role-play handouts: Active listening');
  await expect(page.getByRole('region', { name: /^Role-play: / })).toHaveCount(2);
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'Letter', printBackground: false });
  expect((pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThanOrEqual(2);
});

// Both editions, on US Letter (shorter than A4): the Spanish aid is about a fifth longer than the English.
const decisionAids = [
  {
    path: './modules/crisis-referral/',
    aid: 'Crisis decision aid',
    print: 'Print the decision aid',
    ask: 'Are you thinking about killing yourself?',
  },
  {
    path: './es/modules/crisis-referral/',
    aid: 'Guía para decidir en una crisis',
    print: 'Imprimir la guía para decidir',
    ask: '¿Estás pensando en suicidarte?',
  },
];
for (const { path, aid: aidName, print, ask } of decisionAids) {
  test(`the crisis decision aid prints on one page: ${aidName}`, async ({ page }) => {
    await page.goto(path);
    await expect(page.getByRole('button', { name: print })).toBeVisible();
    await page.evaluate(() => document.documentElement.classList.add('print-decision-aid'));
    await page.emulateMedia({ media: 'print' });
    // The printed page is the aid itself: its heading and the words to say, without the rest of the module.
    const aid = page.getByRole('region', { name: aidName });
    await expect(aid.getByRole('heading', { name: aidName })).toBeVisible();
    await expect(aid.getByRole('listitem').filter({ hasText: ask })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toBeHidden();
    await expect(page.getByRole('button', { name: print })).toBeHidden();
    const pdf = await page.pdf({ format: 'Letter', printBackground: false });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages.length).toBe(1);
  });
}

test('a learner prints a completion record that says it is self-reported', async ({ page }) => {
  // On a slow connection the record's script arrives after the person has typed their name: held back
  // here until they have, so the name is typed into the server-drawn field and must survive hydration.
  const deliverScript = await holdRequests(page, /\/CompletionRecord\.[^/]+\.js$/);
  await page.goto('./progress/record/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Record of training');
  await page.getByLabel(/Your name/).fill('Sam Rivera');
  deliverScript();
  await expect(page.locator('astro-island[ssr]')).toHaveCount(0);
  await expect(page.getByLabel(/Your name/)).toHaveValue('Sam Rivera');
  await expect(page.getByText(`0 of ${moduleCount} modules completed.`)).toBeVisible();
  await expect(page.getByText(/Self-reported from this device/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Trainer or supervisor' })).toBeVisible();
  await expectNoAxeViolations(page, 'completion record');
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByText('Sam Rivera')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Print this record' })).toBeHidden();
  await expect(page.getByRole('banner')).toBeHidden();
});

/** Each page's size in points, from the PDF's MediaBox entries: A4 is 595 × 842, US Letter 612 × 792. */
function pageSizes(pdf: Buffer): string[] {
  const boxes = pdf.toString('latin1').matchAll(/\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/g);
  return [...new Set([...boxes].map(([, width, height]) => `${Math.round(Number(width))}x${Math.round(Number(height))}`))];
}

test("a trainer prints a module's materials on A4, then on US Letter", async ({ page }) => {
  await page.goto('./trainers/');
  await page.getByRole('main').getByRole('link', { name: 'materials to print for Crisis recognition and referral' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Materials to print: Crisis recognition and referral');
  for (const name of ['Scenario cards', 'Observer sheets', 'Crisis and help-line cards', 'Sign-in and completion sheet']) {
    await expect(page.getByRole('heading', { level: 2, name, exact: true })).toBeVisible();
  }
  const card = page.getByRole('article', { name: 'Better off without me' });
  await expect(card.getByRole('note', { name: 'If this becomes real' }).getByRole('link', { name: '988' }).first()).toBeVisible();
  // The speaker reads the part, below a fold, instead of inventing it.
  await expect(card.getByRole('heading', { name: 'Ground rules for the speaker' })).toBeVisible();
  await expect(card.getByRole('heading', { name: 'What Marcus says if the mentor asks' })).toBeVisible();
  await expectNoAxeViolations(page, 'materials page');

  const paper = page.getByRole('group', { name: 'Paper size' });
  await expect(paper.getByRole('radio', { name: 'US Letter' })).toBeChecked();
  await paper.getByRole('radio', { name: 'US Letter' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(paper.getByRole('radio', { name: 'A4' })).toBeChecked();
  await page.emulateMedia({ media: 'print' });
  await expect(paper).toBeHidden();
  await expect(page.getByRole('heading', { level: 2, name: 'Scenario cards' })).toBeVisible();
  expect(pageSizes(await page.pdf({ preferCSSPageSize: true }))).toEqual(['595x842']);

  await page.emulateMedia({ media: 'screen' });
  await paper.getByRole('radio', { name: 'US Letter' }).check();
  await page.emulateMedia({ media: 'print' });
  expect(pageSizes(await page.pdf({ preferCSSPageSize: true }))).toEqual(['612x792']);
});
