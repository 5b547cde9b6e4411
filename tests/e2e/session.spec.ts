import { expect, test, type Page } from './fixtures';
import { expectNoAxeViolations } from './axe';
import { hydrated } from './helpers';

const heading = (page: Page) => page.locator('.room-screen h2');

test('a trainer fits Boundaries into two hours in one click, starts the session, and the presenter view keeps in step @base-path', async ({
  page,
  context,
}) => {
  await page.goto('./planner/?m=boundaries&start=09:00');
  await hydrated(page, page.getByRole('group', { name: 'Modules to teach' }));
  await page.getByLabel('Target length').selectOption({ label: '2 h' });
  await expect(page.getByText('Over the target: the plan takes 2 h 25 min, 25 min more than 2 h.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Leave out “Where is the line? Stand-up continuum”' })).toBeVisible();
  await expectNoAxeViolations(page, 'planner over its target');

  await page.getByRole('button', { name: 'Trim optional activities to fit 2 h' }).click();
  await expect(page.getByText('On target: the plan takes exactly 2 h.')).toBeFocused();
  await expect(page.getByRole('status').filter({ hasText: 'Left out 3 optional activities (25 min).' })).toBeAttached();
  await expect(page).toHaveURL(
    /target=120&skip=boundaries:stand-up-continuum,boundaries:share-briefly-pairs,boundaries:hardest-boundary-reflection$/,
  );

  await page.getByRole('link', { name: 'Start session' }).click();
  await expect(page).toHaveURL(/\/room\/session\/\?m=boundaries&.*&step=1$/);
  await hydrated(page, page.getByRole('button', { name: 'Open presenter view' }));
  await expect(heading(page)).toHaveText('Welcome, check-in and group agreements');
  await expect(page.getByText('Step 1 of 9 · Module 3: Boundaries')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'In this session' })).toBeVisible();
  // The timer is set to the activity's own length.
  await expect(page.getByRole('timer')).toHaveText('10:00');
  await expectNoAxeViolations(page, 'session slide');

  const [presenter] = await Promise.all([context.waitForEvent('page'), page.getByRole('button', { name: 'Open presenter view' }).click()]);
  await presenter.waitForLoadState();
  await expect(heading(presenter)).toHaveText('Welcome, check-in and group agreements');
  await expect(presenter.getByRole('heading', { name: 'Your notes' })).toBeVisible();
  await expect(presenter.getByText('Restate the group agreements')).toBeVisible();
  await expect(presenter.getByText(/^What a boundary is, and the six kinds \(Talk, 15 min/)).toBeVisible();

  // The clicker on the projector moves both windows.
  await page.keyboard.press('ArrowRight');
  await expect(heading(page)).toHaveText('What a boundary is, and the six kinds');
  await expect(page.getByRole('heading', { name: 'For the room' })).toBeVisible();
  await expect(page.getByRole('timer')).toHaveText('15:00');
  await expect(page.getByRole('heading', { name: 'Scenario: The rent money: a mentee asks for a loan' })).toBeVisible();
  await expect(heading(presenter)).toHaveText('What a boundary is, and the six kinds');

  // Next in the presenter view moves the projector; the trimmed continuum is not in the session.
  await presenter.getByRole('button', { name: 'Next' }).click();
  await expect(heading(page)).toHaveText('Pairs: saying no kindly');
  await expect(heading(presenter)).toHaveText('Pairs: saying no kindly');
  await expect(page).toHaveURL(/step=3$/);
  await expectNoAxeViolations(presenter, 'presenter view');
});
