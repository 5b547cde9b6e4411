import axe from 'axe-core';
import { expect, type Page } from '@playwright/test';

/** WCAG 2.2 AA, as axe tags it. */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Beyond WCAG's tags, axe's checks of a page's structure as a screen reader user moves through it: its
 * landmarks (one main, each region named apart from the others) and headings, and tables whose every
 * header says what it heads. Each looks at a few elements, so they add little to a sweep.
 */
const STRUCTURE_RULES = [
  'landmark-one-main',
  'landmark-unique',
  'landmark-no-duplicate-banner',
  'landmark-no-duplicate-contentinfo',
  'landmark-no-duplicate-main',
  'landmark-banner-is-top-level',
  'landmark-contentinfo-is-top-level',
  'landmark-main-is-top-level',
  'landmark-complementary-is-top-level',
  'page-has-heading-one',
  'heading-order',
  'empty-table-header',
];

/** The rules a change of colours alone can break: text contrast, and links told apart from text by colour. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * `excluding` (a CSS selector) leaves out parts another swept page has checked in full, the same markup;
 * `withoutShortcuts` turns off the colour shortcuts below, for the test that checks they find what full measurements find.
 */
type Scope = { within?: string; excluding?: string; coloursOnly?: boolean; withoutShortcuts?: boolean };

/**
 * Fails with a readable list if axe finds any violation on the page as it is now. `within` (a CSS
 * selector) checks just the part that changed, e.g. one island on a long page the every-page sweep
 * covers; `coloursOnly` runs only the colour rules, for a page already checked whose colours changed.
 */
export async function expectNoAxeViolations(page: Page, state = 'page', scope: Scope = {}): Promise<void> {
  const summary = (await axeViolations(page, scope)).map(
    ({ id, impact, help, targets }) => `${id} (${impact}): ${help}\n  ${targets.join('\n  ')}`,
  );
  expect(summary, `axe violations in ${state} of ${page.url()}:\n${summary.join('\n')}`).toEqual([]);
}

/** What axe finds wrong on the page as it is now: each rule broken, and where. */
export async function axeViolations(page: Page, { within, excluding, coloursOnly = false, withoutShortcuts = false }: Scope = {}) {
  // Only violations are read, so axe skips the selectors and HTML it would write for every passing node
  // (most of its time on a long module page). axe runs once, in the page: this site has no frames.
  const options: axe.RunOptions = {
    resultTypes: ['violations'],
    runOnly: coloursOnly ? { type: 'rule', values: COLOUR_RULES } : { type: 'tag', values: WCAG_TAGS },
  };
  // Rules named in `rules` run as well as the tags' (axe's option adds to `runOnly`). Not on paper (print
  // media), where nobody moves through the page's landmarks and a printout may drop the page's own title.
  if (!coloursOnly && !(await page.evaluate(() => matchMedia('print').matches)))
    options.rules = Object.fromEntries(STRUCTURE_RULES.map((rule) => [rule, { enabled: true }]));
  await injectAxe(page);
  const { violations, learned } = await page.evaluate(
    async ({ within, excluding, options, withoutShortcuts, known }) => {
      const axeInPage = (window as unknown as { axe: typeof axe & AxeShortcuts }).axe;
      axeInPage.startRun(known);
      axeInPage.withoutShortcuts = withoutShortcuts;
      // With only parts left out, axe still checks the whole page, and the rules about the page as a whole.
      const exclude = excluding ? [excluding] : [];
      const results = await axeInPage.run(within ? { include: [within], exclude } : { exclude }, options);
      return {
        violations: results.violations.map(({ id, impact, help, nodes }) => ({
          id,
          impact,
          help,
          targets: nodes.map((node) => node.target.join(' ')),
        })),
        learned: axeInPage.learnedLooks(),
      };
    },
    { within, excluding, options, withoutShortcuts, known: [...measuredLooks] },
  );
  for (const [look, measured] of learned) measuredLooks.set(look, measured);
  return violations;
}

type Measured = { result: boolean; data: unknown };
/** What axe's page script gains here (injectAxe). */
type AxeShortcuts = {
  /** Clears what was read of this page's elements (colours may have changed: dark mode), and takes in the looks measured so far. */
  startRun: (known: [string, Measured][]) => void;
  /** The looks this run measured for the first time. */
  learnedLooks: () => [string, Measured][];
  withoutShortcuts: boolean;
};

/**
 * Each look's contrast, as measured on any page this worker has checked (see injectAxe): a look's
 * result does not depend on the page it is on, so a page measures only the looks no page before it
 * had (module pages share most of theirs: their visits took about 6% less).
 */
const measuredLooks = new Map<string, Measured>();

/**
 * Puts axe into the page, once per document, and teaches its colour checks two shortcuts: text contrast
 * is measured once per look, and a link told apart from its text by its style is not measured as well.
 *
 * Measuring text contrast is most of axe's time on a long page (1.1 of 1.7 s on the crisis module), and a
 * module page has about a thousand text elements but under a hundred looks. An element's contrast is
 * decided by its look: its text colour, size, weight and shadow, and the colours, images, opacity and
 * filters of it and every element behind it up to the page (with their ::before and ::after). So the
 * first measured result for a look stands for the others that share it, on that page and on every page
 * the same worker checks after it (measuredLooks), and they are reported with it if it fails. Only a
 * plain measurement is reused: text that is hidden, only emoji or symbols, too short, or partly
 * covered is measured each time. Applicability (disabled controls, hidden text) is still
 * decided by axe for every element. What the look cannot see is a box that is not an ancestor yet
 * lies under the text (a positioned or floated element with a background): text any such box overlaps
 * is measured on its own, and its result is not shared.
 *
 * Links in text were the other slow colour rule: axe passes such a link if it is styled apart from the
 * text (underlined, bordered…) or if its colour differs enough, and it measured the colours even for
 * links its style check had already passed (0.43 s a pass on the crisis module, about 0.22 s on
 * others; 0.08 and 0.05 s with this). A link passes when either check does, so once the style check
 * passes the colours cannot change the outcome: they are measured only for links whose style does not
 * set them apart.
 */
async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'startRun' in ((window as { axe?: object }).axe ?? {}))) return;
  await page.evaluate(axe.source);
  await page.evaluate(() => {
    type Helper = { data: (data: unknown) => void };
    type Evaluate = (this: Helper, node: Element, ...rest: unknown[]) => boolean | undefined;
    const axeInPage = (
      window as unknown as {
        axe: { _audit: { checks: Record<string, { evaluate: Evaluate }> } } & AxeShortcuts;
      }
    ).axe;
    const linkColours = axeInPage._audit.checks['link-in-text-block'];
    const linkStyle = axeInPage._audit.checks['link-in-text-block-style'];
    if (!linkColours || !linkStyle) throw new Error('axe-core no longer has the link-in-text-block checks: update tests/e2e/axe.ts');
    const measureLinkColours = linkColours.evaluate;
    const styleSetsApart = linkStyle.evaluate;
    // The style check's own result is reported by axe as usual; this asks it again, quietly, only to skip measuring.
    const quiet = { data: () => undefined, relatedNodes: () => undefined };
    linkColours.evaluate = function (this: Helper, node, ...rest) {
      if (!axeInPage.withoutShortcuts && styleSetsApart.call(quiet, node, ...rest) === true) return true;
      return measureLinkColours.call(this, node, ...rest);
    };
    const check = axeInPage._audit.checks['color-contrast'];
    if (!check) throw new Error('axe-core no longer has a "color-contrast" check: update tests/e2e/axe.ts');
    const measure = check.evaluate;
    // A look names every colour it depends on, so its result holds in either scheme and on any page;
    // what was read of this page's elements is forgotten before every run, as colours may have changed.
    const looks = new Map<string, Measured>();
    let learned: [string, Measured][] = [];
    let behindOf = new WeakMap<Element, string>();
    let paintedBoxes: { box: Element; rect: DOMRect }[] | undefined;
    axeInPage.startRun = (known) => {
      for (const [look, measured] of known) looks.set(look, measured);
      learned = [];
      behindOf = new WeakMap();
      paintedBoxes = undefined;
    };
    axeInPage.learnedLooks = () => learned;
    /** Positioned or floated elements that paint a background, which may lie under text they do not contain. */
    const painted = () =>
      (paintedBoxes ??= [...document.body.querySelectorAll('*')]
        .filter((box) => {
          const style = getComputedStyle(box);
          const paints = style.backgroundImage !== 'none' || !/^(transparent|rgba\(.*, 0\))$/.test(style.backgroundColor);
          return paints && (style.position !== 'static' || style.float !== 'none');
        })
        .map((box) => ({ box, rect: box.getBoundingClientRect() })));
    const overlaps = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
    /** Whether a box that is not the text's own ancestor lies across it. */
    const coveredByOther = (node: Element) => {
      const rect = node.getBoundingClientRect();
      return painted().some(({ box, rect: boxRect }) => !box.contains(node) && overlaps(rect, boxRect));
    };

    const styleOf = (element: Element, pseudo?: string) => getComputedStyle(element, pseudo);
    /** What an element and everything behind it up to the page paint under text. */
    const behind = (element: Element | null): string => {
      if (!element) return '';
      const known = behindOf.get(element);
      if (known !== undefined) return known;
      const own = [undefined, '::before', '::after'].map((pseudo) => {
        const style = styleOf(element, pseudo);
        if (pseudo && style.content === 'none') return '';
        return [style.backgroundColor, style.backgroundImage, style.opacity, style.filter, style.mixBlendMode].join(' ');
      });
      const key = `${own.join('|')}>${behind(element.parentElement)}`;
      behindOf.set(element, key);
      return key;
    };
    const lookOf = (element: Element) => {
      const style = styleOf(element);
      return [
        style.color,
        style.fontSize,
        style.fontWeight,
        style.textShadow,
        style.webkitTextStrokeWidth,
        style.webkitTextFillColor,
        style.webkitTextStrokeColor,
        behind(element),
      ].join('#');
    };

    check.evaluate = function (this: Helper, node, ...rest) {
      if (axeInPage.withoutShortcuts || coveredByOther(node)) return measure.call(this, node, ...rest);
      const look = lookOf(node);
      const known = looks.get(look);
      if (known) {
        this.data(known.data);
        return known.result;
      }
      // Note what the measurement says of itself: a reason in messageKey means it was not a plain one.
      let data: unknown;
      const report = this.data;
      this.data = (value) => {
        data = value;
        report.call(this, value);
      };
      const result = measure.call(this, node, ...rest);
      this.data = report;
      const plain = typeof result === 'boolean' && !(data as { messageKey?: string } | undefined)?.messageKey;
      if (plain) {
        looks.set(look, { result, data });
        learned.push([look, { result, data }]);
      }
      return result;
    };
  });
}
