import { expect, test } from './fixtures';
import { axeViolations } from './axe';

// The accessibility checks measure each look of text once (tests/e2e/axe.ts). Here faint colours are
// forced onto a long module page: faint links, one faint paragraph, one paragraph over a dark box beside
// it, and in dark mode only, dark text and a pale background behind light text (a look that is the
// same as others' in light mode). Every contrast failure a full measurement of every text finds must
// also be found with the shortcut. (The page's policy is set aside only so the test can add its faults.)
test.use({ bypassCSP: true });

test('the contrast shortcut finds every failure that measuring every text finds, in light and dark mode', async ({ page }) => {
  await page.goto('modules/active-listening/');
  await page.addStyleTag({
    content:
      'a { color: #9a9a9a !important } @media (prefers-color-scheme: dark) { .quiz .prompt, .course-number { color: #333 !important } .module-footer { background: #ddd !important } }',
  });
  // One paragraph of its own look, as an inline style would give it.
  await page
    .locator('main p')
    .nth(4)
    .evaluate((paragraph: HTMLElement) => (paragraph.style.color = '#b0b0b0'));
  // One paragraph that looks like the rest, over a dark box that is not its ancestor.
  await page
    .locator('.module-body > p')
    .nth(2)
    .evaluate((paragraph: HTMLElement) => {
      paragraph.style.position = 'relative';
      paragraph.style.zIndex = '1';
      const box = document.createElement('div');
      Object.assign(box.style, { position: 'absolute', inset: '0', background: '#707070', zIndex: '0' });
      paragraph.parentElement!.style.position = 'relative';
      box.style.top = `${paragraph.offsetTop - 4}px`;
      box.style.height = `${paragraph.offsetHeight + 8}px`;
      paragraph.before(box);
    });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const failing = async (measureEveryText: boolean) =>
      (await axeViolations(page, { coloursOnly: true, measureEveryText }))
        .filter(({ id }) => id === 'color-contrast')
        .flatMap(({ targets }) => targets);
    const everyText = await failing(true);
    const shortcut = await failing(false);
    expect(everyText.length, `faint text found by measuring every text in ${colorScheme} mode`).toBeGreaterThan(0);
    expect(
      everyText.filter((target) => !shortcut.includes(target)),
      `failures the shortcut missed in ${colorScheme} mode`,
    ).toEqual([]);
  }
});
