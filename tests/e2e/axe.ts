import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe tags it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** The rules a change of colours alone can break: text contrast, and links told apart from text by colour. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * Fails with a readable list if axe finds any violation on the page as it is now. `within` (a CSS
 * selector) checks just the part that changed, e.g. one island on a long page the every-page sweep
 * covers; `coloursOnly` runs only the colour rules, for a page already checked whose colours changed.
 */
export async function expectNoAxeViolations(
  page: Page,
  state = 'page',
  { within, coloursOnly = false }: { within?: string; coloursOnly?: boolean } = {},
): Promise<void> {
  // Only violations are read, so axe skips the selectors and HTML it would write for every passing node
  // (most of its time on a long module page); set before the rules, as options() replaces them. And axe
  // runs once, in the page (axe.run): the default runs it per frame, then again in a new blank page to
  // merge the frames' results, for pages with frames from other origins, which this site never has.
  const builder = new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).setLegacyMode();
  if (coloursOnly) builder.withRules(COLOUR_RULES);
  else builder.withTags(WCAG_TAGS);
  if (within) builder.include(within);
  const results = await builder.analyze();
  const summary = results.violations.map(
    (violation) =>
      `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).join('\n  ')}`,
  );
  expect(summary, `axe violations in ${state} of ${page.url()}:\n${summary.join('\n')}`).toEqual([]);
}
