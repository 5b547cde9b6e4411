/**
 * The browser's accessibility sweep runs axe on one or two pages of each family made from one template,
 * and on a Spanish page's English twin in place of most Spanish pages (tests/page-families.ts). That is
 * sound only while the swept pages show every kind of element the pages they stand for use: a table, a
 * link kind or a state that only an unswept page has would never meet axe. This names each such element
 * and page, so a template's new part or a new kind of content is never left out of the sweep.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HTMLElement } from 'node-html-parser';
import { axeCoverOf, axeSweptInBrowser, familyOf, pageFamilies } from '../page-families';
import { allFiles, pages } from './built-site';

/**
 * The attribute conditions the site's stylesheets select on ([open], [data-density=dense],
 * [aria-current=page], [href^=http]…): an element's look can depend on each, so its shape records which
 * it meets. (Classes and ids are left to the class list; Astro's scoping attributes say nothing new.)
 */
const styledConditions = [
  ...new Set(
    allFiles
      .filter((file) => file.endsWith('.css'))
      .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\[\s*([a-zA-Z-]+)\s*(?:([~|^$*]?=)\s*(?:"([^"]*)"|'([^']*)'|([^\]\s]+)))?\s*\]/g)])
      .filter(([, name]) => name !== 'class' && name !== 'id' && !name!.startsWith('data-astro-cid'))
      .map(([, name, operator = '', ...values]) => JSON.stringify([name, operator, values.find((value) => value !== undefined) ?? ''])),
  ),
].map((condition) => JSON.parse(condition) as [string, string, string]);

function meets(value: string, operator: string, wanted: string): boolean {
  if (operator === '') return true;
  if (operator === '=') return value === wanted;
  if (operator === '~=') return value.split(/\s+/).includes(wanted);
  if (operator === '|=') return value === wanted || value.startsWith(`${wanted}-`);
  if (operator === '^=') return value.startsWith(wanted);
  if (operator === '$=') return value.endsWith(wanted);
  return value.includes(wanted);
}

/** Whether a link, button or image has a name a screen reader can say (an image's empty alt marks it as decoration). */
function naming(element: HTMLElement): string {
  const tag = element.tagName.toLowerCase();
  if (tag === 'img') return element.hasAttribute('alt') ? (element.getAttribute('alt')!.trim() ? ':alt' : ':decorative') : ':no-alt';
  if (tag !== 'a' && tag !== 'button') return '';
  const named = [element.textContent, element.getAttribute('aria-label'), element.getAttribute('title')].some((text) => text?.trim());
  return named || element.hasAttribute('aria-labelledby') ? ':named' : ':unnamed';
}

/** An element's tag and classes, which bring its colours, size and layout. */
const tagAndClasses = (element: HTMLElement) =>
  [
    element.tagName.toLowerCase(),
    ...(element.getAttribute('class') ?? '')
      .split(/\s+/)
      .filter(Boolean)
      .sort()
      .map((name) => `.${name}`),
  ].join('');

/**
 * What axe's result can depend on, of one element, short of its words: its tag and classes, and its
 * parent's (a box's background and colours reach what is inside it), its role and input type, which ARIA
 * attributes it has, the stylesheets' attribute conditions it meets, and whether it has a name.
 */
function shapeOf(element: HTMLElement): string {
  const attributes = element.attributes;
  const aria = Object.keys(attributes)
    .filter((name) => name.startsWith('aria-'))
    .sort();
  const role = attributes.role;
  const type = attributes.type;
  const styled = styledConditions
    .filter(([name, operator, wanted]) => name in attributes && meets(attributes[name]!, operator, wanted))
    .map(([name, operator, wanted]) => `[${name}${operator}${wanted}]`);
  const parent = element.parentNode && element.parentNode.tagName ? `${tagAndClasses(element.parentNode)} > ` : '';
  return [
    parent,
    tagAndClasses(element),
    role ? `[role=${role}]` : '',
    type ? `[type=${type}]` : '',
    ...aria.map((name) => `[${name}]`),
    ...styled,
    naming(element),
  ].join('');
}

/** A page's path as the sweep names it: folders for index.html, the file's own name otherwise (404.html). */
const pathOf = (file: string) => file.replace(/index\.html$/, '');
const shapesByPath = new Map(pages.map((page) => [pathOf(page.file), new Set(page.dom.querySelectorAll('body *').map(shapeOf))]));

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
