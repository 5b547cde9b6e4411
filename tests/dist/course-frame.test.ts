/**
 * The course frame on every module page, read from the built HTML (no browser needed): one course
 * order for the sidebar, the numbers, the pager and the home page's path; the current module marked;
 * "On this page" links to the module's own sections; what completes the module listed.
 */
import { DILEMMA_QUIZ_ID } from '../../src/lib/dilemmas/bank';
import { describe, expect, it } from 'vitest';
import { base, isModulePage, pages } from './built-site';
import { languageOfPath } from '../../src/lib/i18n/language';

const modulePages = pages.filter((page) => isModulePage(page.file, 'en'));
const idOf = (href: string | undefined) => href?.replace(`${base}modules/`, '').replace(/\/$/, '') ?? '';
const home = pages.find((page) => page.file === 'index.html')!;
/** The course order as the home page's suggested path gives it. */
const pathOrder = home.dom.querySelectorAll('[aria-labelledby="path-heading"] ol a').map((link) => idOf(link.getAttribute('href')));

describe('the course frame', () => {
  it('has a page for each module in the home page’s path', () => {
    expect(pathOrder.length).toBe(modulePages.length);
    expect(pathOrder.length).toBeGreaterThan(5);
  });

  for (const page of modulePages) {
    it(page.file, () => {
      const { dom } = page;
      const id = dom.querySelector('[data-module-id]')!.getAttribute('data-module-id')!;
      const number = pathOrder.indexOf(id) + 1;

      // The sidebar beside <main> and the phone's list inside it: every module, in the one order.
      const sidebar = dom.querySelector('nav.course-sidebar')!;
      expect(sidebar.closest('main'), 'the sidebar is outside <main>, so the skip link skips it').toBeNull();
      for (const list of dom.querySelectorAll('.course-list')) {
        expect(list.querySelectorAll('a').map((link) => idOf(link.getAttribute('href')))).toEqual(pathOrder);
        const current = list.querySelectorAll('a[aria-current="page"]').map((link) => idOf(link.getAttribute('href')));
        expect(current).toEqual([id]);
      }
      expect(dom.querySelectorAll('.course-list').length).toBe(2);

      // "Module 3 of N", numbered by the same order, and the pager's neighbours from it too.
      expect(dom.querySelector('.module-header .eyebrow')!.text).toContain(`Module ${number} of ${pathOrder.length}`);
      expect(idOf(dom.querySelector('a[rel="prev"]')?.getAttribute('href'))).toBe(pathOrder[number - 2] ?? '');
      expect(idOf(dom.querySelector('a[rel="next"]')?.getAttribute('href'))).toBe(pathOrder[number] ?? '');

      // "On this page": the same links beside the module and in the phone's disclosure, each to a heading here.
      const tocs = dom.querySelectorAll('[data-page-contents]').map((list) => list.querySelectorAll('a').map((a) => a.getAttribute('href')));
      expect(tocs).toHaveLength(2);
      expect(tocs[0]).toEqual(tocs[1]);
      expect(tocs[0]![0]).toBe('#module-title');
      for (const href of tocs[0]!) expect(dom.querySelector(`main ${href}`), `${href} is a heading in <main>`).not.toBeNull();
      expect(dom.querySelector('details.frame-compact')!.hasAttribute('open'), 'the phone disclosure starts closed').toBe(false);

      // What completes the module: each role-play and quiz placed on the page, except the dilemma bank,
      // which is practice (src/lib/dilemmas/bank.ts) and never asked for.
      const placed = [
        ...dom.querySelectorAll('[id^="roleplay-"][id$="-title"]').map((h) => `roleplay:${h.id.slice('roleplay-'.length, -'-title'.length)}`),
        ...dom.querySelectorAll('[id^="quiz-"][id$="-title"]').map((h) => `quiz:${h.id.slice('quiz-'.length, -'-title'.length)}`),
      ].filter((exercise) => exercise !== `quiz:${DILEMMA_QUIZ_ID}`);
      const required = dom.querySelectorAll('[data-requirement]').map((item) => item.getAttribute('data-requirement'));
      expect([...required].sort()).toEqual([...placed].sort());
    });
  }
});

describe('the course lists', () => {
  // The browser's accessibility sweep checks these lists in full on one module page per edition and
  // leaves them out on the others (tests/e2e/every-page.spec.ts): sound only while they are the same
  // markup on every module page of an edition, but for which module is the current one.
  // (A Spanish page for a module not yet written in Spanish has no course lists: it says so and links the English.)
  const editions = Map.groupBy(
    pages.filter((page) => isModulePage(page.file) && page.dom.querySelector('.course-list')),
    (page) => languageOfPath(page.file),
  );
  for (const [edition, editionPages] of editions) {
    it(`are the same on every module page of the ${edition} edition, but for the current module`, () => {
      const listsOf = (page: (typeof editionPages)[number]) =>
        page.dom.querySelectorAll('.course-list').map((list) => list.toString().replace(' aria-current="page"', ''));
      const first = listsOf(editionPages[0]!);
      expect(first).toHaveLength(2);
      const different = editionPages.filter((page) => JSON.stringify(listsOf(page)) !== JSON.stringify(first)).map((page) => page.file);
      expect(different).toEqual([]);
    });
  }
});
