import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { expect, test, type Page } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { hydrated } from './helpers';

// The expected times are worked out here from the module files, not by the planner's own code.
interface Agenda {
  activity: string;
  minutes: number;
}
function agendaOf(file: string): Agenda[] {
  const text = readFileSync(join(import.meta.dirname, '..', '..', 'src', 'content', 'modules', file), 'utf8');
  return (parse(/^---\n([\s\S]*?)\n---/.exec(text)![1]!) as { facilitator: { agenda: Agenda[] } }).facilitator.agenda;
}
const listening = agendaOf('02-active-listening.mdx');
const boundaries = agendaOf('03-boundaries.mdx');
const sum = (agenda: Agenda[]) => agenda.reduce((total, item) => total + item.minutes, 0);

/** 570 -> "9:30 AM", as a person reads a run sheet. */
function clock(minutes: number): string {
  const hour = Math.floor(minutes / 60) % 24;
  const suffix = minutes >= 1440 ? ' (next day)' : '';
  return `${((hour + 11) % 12) + 1}:${String(minutes % 60).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}${suffix}`;
}
function duration(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return hours === 0 ? `${minutes} min` : minutes % 60 === 0 ? `${hours} h` : `${hours} h ${minutes % 60} min`;
}

async function openPlanner(page: Page, search = '') {
  await page.goto(`./planner/${search}`);
  await hydrated(page, page.getByRole('group', { name: 'Modules to teach' }));
}
const moduleBox = (page: Page, title: string) => page.getByRole('checkbox', { name: new RegExp(`^Module \\d+: ${title} \\(`) });
const runSheet = (page: Page) => page.getByRole('table', { name: /^Run sheet:/ });
const rowFor = (page: Page, activity: string) =>
  runSheet(page)
    .getByRole('row')
    .filter({ has: page.getByRole('cell', { name: activity, exact: true }) });

test('a trainer plans two modules from 9:30, sees every time and the total, and shares the plan as a link', async ({ page, browser }) => {
  await openPlanner(page);
  await expect(page.getByRole('status').filter({ hasText: 'Choose at least one module' })).toBeVisible();
  await expectNoAxeViolations(page, 'empty planner');

  // By keyboard: Space ticks a focused checkbox.
  await moduleBox(page, 'Active listening').focus();
  await page.keyboard.press('Space');
  await moduleBox(page, 'Boundaries').check();
  await page.getByLabel('Start time').fill('09:30');

  const start = 9 * 60 + 30;
  const listeningEnd = start + sum(listening);
  const boundariesStart = listeningEnd + 10;
  const end = boundariesStart + sum(boundaries);
  const total = end - start;
  await expect(runSheet(page)).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Total ${duration(total)}, ${clock(start)} to ${clock(end)}` })).toBeVisible();
  await expect(runSheet(page).getByRole('caption')).toHaveText(`Run sheet: ${clock(start)} to ${clock(end)}`);

  const first = rowFor(page, listening[0]!.activity);
  await expect(first.getByRole('cell')).toHaveText([
    clock(start),
    clock(start + listening[0]!.minutes),
    listening[0]!.activity,
    /./,
    String(listening[0]!.minutes),
  ]);
  await expect(rowFor(page, 'Break between modules').getByRole('cell').first()).toHaveText(clock(listeningEnd));
  await expect(rowFor(page, boundaries[0]!.activity).getByRole('cell').first()).toHaveText(clock(boundariesStart));
  await expect(runSheet(page).getByRole('row', { name: /Subtotal: Active listening/ })).toContainText(String(sum(listening)));
  await expect(
    runSheet(page)
      .getByRole('row', { name: /^.*Total/ })
      .last(),
  ).toContainText(String(total));
  await expectNoAxeViolations(page, 'two modules planned');

  // The address is the plan; opening it in a fresh browser shows the same run sheet.
  await expect(page).toHaveURL(/\?m=active-listening,boundaries&start=09:30&break=10$/);
  await expect(page.getByLabel('Link to this plan')).toHaveValue(page.url());
  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(page.url());
  await hydrated(other, other.getByRole('group', { name: 'Modules to teach' }));
  await expect(moduleBox(other, 'Active listening')).toBeChecked();
  await expect(moduleBox(other, 'Boundaries')).toBeChecked();
  await expect(other.getByLabel('Start time')).toHaveValue('09:30');
  await expect(runSheet(other).getByRole('caption')).toHaveText(`Run sheet: ${clock(start)} to ${clock(end)}`);
  await expect(other.getByRole('status').filter({ hasText: `Total ${duration(total)}` })).toBeVisible();
  await fresh.close();
});

test('leaving out an activity, adding a break and reordering modules change the times, with focus kept in place', async ({ page }) => {
  await openPlanner(page, '?m=active-listening,boundaries&start=09:30&break=10');
  const start = 9 * 60 + 30;
  const skipped = listening[1]!;
  await page
    .getByRole('group', { name: 'Activities in Active listening' })
    .getByRole('checkbox', { name: new RegExp(`^${skipped.activity.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) })
    .uncheck();
  await expect(rowFor(page, skipped.activity)).toHaveCount(0);
  let total = sum(listening) - skipped.minutes + 10 + sum(boundaries);
  await expect(page.getByRole('status').filter({ hasText: `Total ${duration(total)}` })).toBeVisible();
  await expect(page).toHaveURL(/skip=active-listening:fixed-or-heard-warm-up/);

  await page.getByRole('button', { name: `Add break after “${listening[0]!.activity}”` }).click();
  const minutes = page.getByLabel(`Break after “${listening[0]!.activity}”, in minutes`);
  await expect(minutes).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Break added after' })).toBeAttached();
  await minutes.fill('15');
  total += 15;
  await expect(page.getByRole('status').filter({ hasText: `Total ${duration(total)}` })).toBeVisible();
  await expect(rowFor(page, listening[2]!.activity).getByRole('cell').first()).toHaveText(clock(start + listening[0]!.minutes + 15));
  await expect(page).toHaveURL(/breaks=active-listening:welcome:15/);
  await expectNoAxeViolations(page, 'activity changes');

  // A break length that is not a number is explained, and the run sheet keeps the last good one.
  await minutes.fill('');
  await expect(minutes).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByText('Enter whole minutes from 1 to 120.')).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `Total ${duration(total)}` })).toBeVisible();
  await expectNoAxeViolations(page, 'invalid break length');
  await minutes.fill('15');

  await page.getByRole('button', { name: 'Move later (Active listening)' }).click();
  await expect(page.getByRole('button', { name: 'Move earlier (Active listening)' })).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Active listening is now 2 of 2 in the session.' })).toBeAttached();
  await expect(rowFor(page, boundaries[0]!.activity).getByRole('cell').first()).toHaveText(clock(start));
  await expect(page).toHaveURL(/m=boundaries,active-listening/);

  await page.getByRole('button', { name: `Remove break after “${listening[0]!.activity}”` }).click();
  await expect(page.getByRole('button', { name: `Add break after “${listening[0]!.activity}”` })).toBeFocused();
});

test('the planner loads no framework code until someone is at the page, and a first tap on a module is kept', async ({ page }) => {
  const requested: string[] = [];
  page.on('request', (request) => requested.push(new URL(request.url()).pathname));
  await page.goto('./planner/');
  const island = page.locator('astro-island');
  const component = await island.getAttribute('component-url');
  await page.waitForLoadState('networkidle');
  expect(requested).not.toContain(component);

  // The boxes are drawn disabled until the planner works; a press on one before then still ticks it.
  const box = (await moduleBox(page, 'Active listening').boundingBox())!;
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await expect(moduleBox(page, 'Active listening')).toBeChecked();
  await expect(runSheet(page)).toBeVisible();

  // A shared link is a plan to show: it opens at once, with nothing touched.
  const link = new URL(page.url()).search;
  expect(link).not.toBe('');
  await page.goto(`./planner/${link}`);
  await expect(runSheet(page)).toBeVisible();
  await expect(moduleBox(page, 'Active listening')).toBeChecked();
});

test('printing gives the run sheet table without the controls or the site’s chrome', async ({ page }) => {
  await openPlanner(page, '?m=active-listening&start=13:00&date=2026-11-25&break=10');
  await expect(runSheet(page).getByRole('caption')).toHaveText(
    `Run sheet: Wednesday, November 25, 2026, ${clock(13 * 60)} to ${clock(13 * 60 + sum(listening))}`,
  );
  await expect(page.getByRole('button', { name: 'Print run sheet' })).toBeEnabled();
  await page.emulateMedia({ media: 'print' });
  await expect(runSheet(page)).toBeVisible();
  await expect(rowFor(page, listening[0]!.activity)).toBeVisible();
  for (const hidden of [
    page.getByRole('group', { name: 'Modules to teach' }),
    page.getByRole('button', { name: 'Copy link' }),
    page.getByRole('button', { name: 'Print run sheet' }),
    page.getByRole('heading', { name: 'Activities' }),
    page.getByRole('heading', { name: 'Session planner', level: 1 }),
    page.getByRole('navigation', { name: 'Main' }),
    page.getByRole('link', { name: /Get help now/ }).first(),
  ])
    await expect(hidden).toBeHidden();
  await expectNoAxeViolations(page, 'print');
});

test('Copy link puts the link on the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openPlanner(page, '?m=boundaries&start=10:00&break=5');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Link copied.' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
  expect(page.url()).toMatch(/\/planner\/\?m=boundaries&start=10:00&break=5$/);
});

test('without a clipboard, Copy link selects the link for the person to copy', async ({ page }) => {
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined }));
  await openPlanner(page, '?m=boundaries');
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByLabel('Link to this plan');
  await expect(field).toBeFocused();
  expect(await field.evaluate((input: HTMLInputElement) => input.value.slice(input.selectionStart ?? 0, input.selectionEnd ?? 0))).toBe(
    page.url(),
  );
  await expect(page.getByRole('status').filter({ hasText: 'The link is selected' })).toBeVisible();
  await expectNoAxeViolations(page, 'copy fallback');
});

test('a link with unknown or impossible values opens what it can and says what it left out', async ({ page }) => {
  await openPlanner(page, '?m=active-listening,cooking&start=25:00&break=lots&skip=active-listening:99&date=2026-02-30');
  const notice = page.getByRole('status').filter({ hasText: 'Some of this link could not be used' });
  await expect(notice).toContainText('no module called “cooking”');
  await expect(notice).toContainText('start time “25:00”');
  await expect(notice).toContainText('break length “lots”');
  await expect(notice).toContainText('left-out activity “active-listening:99”');
  await expect(notice).toContainText('date “2026-02-30”');
  await expect(moduleBox(page, 'Active listening')).toBeChecked();
  await expect(page.getByLabel('Start time')).toHaveValue('09:00');
  await expect(page).toHaveURL(/\?m=active-listening&start=09:00&break=10$/);
  await expectNoAxeViolations(page, 'link notice');
});

test('an evening session that runs past midnight says which times are the next day', async ({ page }) => {
  await openPlanner(page, '?m=active-listening&start=23:00');
  const end = 23 * 60 + sum(listening);
  await expect(runSheet(page).getByRole('caption')).toHaveText(`Run sheet: ${clock(23 * 60)} to ${clock(end)}`);
  expect(clock(end)).toContain('(next day)');
});

test('a full plan fits a 320 px screen in light and dark mode: only the table scrolls sideways, inside its own box', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await openPlanner(page, '?m=active-listening,boundaries&breaks=boundaries:1:10');
  await expect(runSheet(page)).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, 'page is wider than the screen').toBeLessThanOrEqual(0);
  await expect(page.getByRole('region', { name: /^Run sheet:/ })).toBeVisible();
  await expectNoAxeViolations(page, '320 px');
  await page.emulateMedia({ colorScheme: 'dark' });
  await expectNoAxeViolations(page, '320 px, dark mode');
});
