import { expect, test } from './fixtures';
import { axeViolations } from './axe';

// The accessibility checks measure each look of text once, and the colours of a link in text only when
// its style does not set it apart (tests/e2e/axe.ts). Here faults are forced onto a long module page:
// faint links, one faint paragraph, one paragraph over a dark box beside it, one link in a paragraph
// with no underline and nearly its text's colour, and in dark mode only, dark text and a pale
// background behind light text (a look that is the same as others' in light mode). Every failure of the
// colour rules that full measurements find must also be found with the shortcuts. (The page's policy
// is set aside only so the test can add its faults.)
test.use({ bypassCSP: true });

test('the colour shortcuts find every failure that full measurements find, in light and dark mode', async ({ page }) => {
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
  // One link told apart from its paragraph by colour alone, and too little (in either scheme).
  await page.locator('.module-body p a[href$="/resources/smart-recovery/"]').evaluate((link: HTMLElement) => {
    link.style.setProperty('text-decoration', 'none', 'important');
    link.style.setProperty('color', 'color-mix(in srgb, currentColor 80%, gray)', 'important');
  });
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const failing = async (withoutShortcuts: boolean) =>
      (await axeViolations(page, { coloursOnly: true, withoutShortcuts })).flatMap(({ id, targets }) =>
        targets.map((target) => `${id} ${target}`),
      );
    const measured = await failing(true);
    const shortcut = await failing(false);
    for (const rule of ['color-contrast', 'link-in-text-block'])
      expect(
        measured.filter((failure) => failure.startsWith(`${rule} `)).length,
        `${rule} failures found by measuring all in ${colorScheme} mode`,
      ).toBeGreaterThan(0);
    expect(
      measured.filter((failure) => !shortcut.includes(failure)),
      `failures the shortcuts missed in ${colorScheme} mode`,
    ).toEqual([]);
  }
});
