/**
 * The browser's accessibility sweep runs axe on one or two pages of each family made from one template,
 * and on a Spanish page's English twin in place of most Spanish pages (tests/page-families.ts). That is
 * sound only while the swept pages show every kind of element the pages they stand for use: a table, a
 * link kind or a state that only an unswept page has would never meet axe. This names each such element
 * and page, so a template's new part or a new kind of content is never left out of the sweep.
 */
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { axeCoverOf, axeSweptInBrowser, familyOf, pageFamilies } from '../page-families';
import { pages } from './built-site';

/**
 * What axe's result can depend on, of one element, short of its words: its tag, classes (which bring its
 * colours, size and layout), role and input type, and which ARIA attributes it has.
 */
function shapeOf(element: HTMLElement): string {
  const classes = (element.getAttribute('class') ?? '').split(/\s+/).filter(Boolean).sort();
  const aria = Object.keys(element.attributes)
    .filter((name) => name.startsWith('aria-'))
    .sort();
  const role = element.getAttribute('role');
  const type = element.getAttribute('type');
  return [
    element.tagName.toLowerCase(),
    ...classes.map((name) => `.${name}`),
    role ? `[role=${role}]` : '',
    type ? `[type=${type}]` : '',
    ...aria.map((name) => `[${name}]`),
  ].join('');
}

const pathOf = (file: string) => file.replace(/index\.html$/, '');
const htmlPages = pages.filter((page) => page.file.endsWith('index.html'));
const shapesByPath = new Map(htmlPages.map((page) => [pathOf(page.file), new Set(page.dom.querySelectorAll('body *').map(shapeOf))]));

/** Each element kind an unswept page uses and no page standing for it shows, with the pages that use it. */
function unswept(paths: string[]): string[] {
  const missing = new Map<string, string[]>();
  for (const path of paths) {
    const swept = new Set(axeCoverOf(path).flatMap((cover) => [...(shapesByPath.get(cover) ?? [])]));
    for (const shape of shapesByPath.get(path)!) if (!swept.has(shape)) missing.set(shape, [...(missing.get(shape) ?? []), path]);
  }
  return [...missing].map(([shape, on]) => `${shape} on ${on[0]}${on.length > 1 ? ` and ${on.length - 1} more` : ''}`);
}

const unsweptPaths = [...shapesByPath.keys()].filter((path) => !axeSweptInBrowser(path));
const fix = 'add a stand-in that has them (tests/page-families.ts), or sweep the page itself';

describe('every page the accessibility sweep leaves out is stood for by swept pages showing every kind of element it uses', () => {
  it('every stand-in was built and belongs to its family, and every page has a swept page standing for it', () => {
    const standIns = pageFamilies.flatMap(({ family, standIns }) => standIns.map((path) => ({ family, path })));
    expect(standIns.filter(({ path }) => !shapesByPath.has(path)).map(({ path }) => path), 'stand-ins not built').toEqual([]);
    expect(standIns.filter(({ family, path }) => familyOf(path)?.family !== family).map(({ path }) => path), 'stand-ins outside their family').toEqual([]);
    const unstoodFor = unsweptPaths.filter((path) => axeCoverOf(path).filter((cover) => shapesByPath.has(cover)).length === 0);
    expect(unstoodFor, 'pages nothing swept stands for').toEqual([]);
  });

  for (const { family, standIns } of pageFamilies) {
    const members = unsweptPaths.filter((path) => familyOf(path)?.family === family);
    it(`${family}: ${members.length} pages, by ${standIns.join(', ')}${family.source.startsWith('^es') ? ' and their English twins' : ''}`, () => {
      expect(unswept(members), `elements no swept page shows: ${fix}`).toEqual([]);
    });
  }

  const twinned = unsweptPaths.filter((path) => !familyOf(path));
  it(`the other Spanish pages (${twinned.length}), by their English twins`, () => {
    expect(twinned.every((path) => path.startsWith('es/')), 'only Spanish pages stand apart from a family').toBe(true);
    expect(unswept(twinned), `elements no swept page shows: ${fix}`).toEqual([]);
  });
});
