/**
 * Byte budgets (issue #18), read from the built files, so a change that makes pages heavier fails
 * `npm test`. Sizes are gzipped, summed file by file as a browser fetches them (scripts/lib/page-assets.mjs).
 *
 * - Module pages run no framework code until someone uses an exercise (`client:touch`): the JavaScript
 *   they load before any interaction, and everything they load once every exercise has been touched.
 * - Module HTML: the islands' props carry only the first view; the rest is in exercises.json.
 * - Pages without an island: only the page's own small scripts on a first visit. Pages that read
 *   progress (home, the resource guide, a resource's page, My resources) load the progress store and
 *   its validator on demand, only where this device has progress to read (src/lib/progress/presence.ts);
 *   with it they have a budget of their own.
 * - No browser script carries Zod: it validates content at build time only (the browser's progress
 *   validator is src/lib/validate).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { allFiles, base, dist, pages } from './built-site';
import { importedOnDemand, inlineCode, scriptsBeforeInteraction, scriptsOf, withImports } from '../../scripts/lib/page-assets.mjs';
import { ISO_DATE_TIME } from '../../src/lib/validate/values';

const KB = 1024;
/**
 * Lowered with issue #18 (a hand-written validator in place of zod/mini, about 7 KB less in the
 * progress store): 16.0 KB before interaction, 94.0 KB with every exercise touched (were 21.6 and 99.7).
 * Module pages load the store at once (they record the visit), so it counts in both.
 */
const MODULE_JS_BEFORE_INTERACTION = 17 * KB;
/**
 * Re-set when main's course frame and lean offline were merged in (the sidebar, completion checklist
 * and course status scripts, the footer's whole-course offer), then lowered by issue #18 as above.
 */
const MODULE_JS_EVERY_EXERCISE_TOUCHED = 95 * KB;
const MODULE_HTML = 32 * KB;
/**
 * The crisis module is the longest (its prose alone is 16 KB gzipped) and has four role-plays, each
 * with a printed handout in the page.
 */
const MODULE_HTML_EXCEPTIONS: Record<string, number> = { 'crisis-referral': 51 * KB };
/**
 * Every page without an island, on a first visit: the footer, search's loader and the page's own
 * scripts (home 5.1 KB, the resource guide 6.0 KB, others 3.9 KB; home was 18.7 KB with the store).
 */
const PLAIN_PAGE_JS = 8 * KB;
/**
 * The same pages where this device has progress: with the progress store and its validator (about
 * 5.5 KB together; with zod/mini the store was about 12 KB) and what shows progress. Measured: home
 * 14.2 KB (its status code and the "forget everything" message come only now), the guide, a
 * resource's page and My resources about 11.9 KB. Before issue #18 every visit loaded 16.9 to 18.7 KB.
 */
const PLAIN_PAGE_WITH_PROGRESS_JS = 15 * KB;
/**
 * Found only in the progress validator's code: its ISO date-time pattern, which checks every date read
 * back from storage (a regular expression keeps its source in the bundle). A script holding it is the
 * progress store's validator.
 */
const VALIDATOR_SIGNATURE = ISO_DATE_TIME.source;
/** Found in Zod's own code (its classes are named $ZodType, $ZodCheck, …), whichever of its builds. */
const ZOD_SIGNATURE = '$Zod';

const gz = (content: string | Buffer) => gzipSync(content).length;
const kb = (bytes: number) => `${(bytes / KB).toFixed(1)} KB`;

function scriptBytes(files: string[], html: string): number {
  const inline = inlineCode(html).scripts;
  return files.reduce((sum, file) => sum + gz(readFileSync(file)), 0) + (inline ? gz(inline) : 0);
}

const modulePages = pages.filter((page) => /^modules\/[^/]+\/index\.html$/.test(page.file) && page.html.includes('<astro-island'));
const plainPages = pages.filter((page) => !page.html.includes('<astro-island'));

describe('module pages stay light', () => {
  it('finds the module pages', () => {
    expect(modulePages.length).toBeGreaterThanOrEqual(10);
  });

  for (const page of modulePages) {
    const id = page.file.split('/')[1]!;

    it(`${page.file}: JavaScript before interaction, and with every exercise touched`, () => {
      const before = scriptBytes(scriptsBeforeInteraction(dist, base, page.file, page.html), page.html);
      const touched = scriptBytes(scriptsOf(dist, base, page.file, page.html), page.html);
      expect(before, `${page.file}: ${kb(before)} before interaction`).toBeLessThanOrEqual(MODULE_JS_BEFORE_INTERACTION);
      expect(touched, `${page.file}: ${kb(touched)} once every exercise is touched`).toBeLessThanOrEqual(MODULE_JS_EVERY_EXERCISE_TOUCHED);
    });

    it(`${page.file}: HTML size, and island props without answers`, () => {
      const budget = MODULE_HTML_EXCEPTIONS[id] ?? MODULE_HTML;
      expect(gz(page.html), `${page.file}: ${kb(gz(page.html))} of HTML`).toBeLessThanOrEqual(budget);
      for (const island of page.dom.querySelectorAll('astro-island')) {
        expect(island.getAttribute('client'), `${page.file}: an exercise hydrates at the first touch`).toBe('touch');
        // What checking an answer or playing a reply reveals comes from exercises.json, not the page.
        // (The parser hands the attribute back decoded: Astro's serialized props as JSON.)
        expect(island.getAttribute('props') ?? '').not.toMatch(/"(feedback|correct|explanation|thought|endings)"/);
      }
    });

    it(`${page.file}: its exercises file is built and precached for offline use`, () => {
      const file = join(dist, 'modules', id, 'exercises.json');
      expect(existsSync(file), `${file} missing`).toBe(true);
      const exercises = JSON.parse(readFileSync(file, 'utf8')) as { quizzes: object; roleplays: object };
      const placed = page.dom.querySelectorAll('[data-exercise]').map((element) => element.getAttribute('data-exercise')!.split(':')[1]!);
      expect(placed.filter((exercise) => !(exercise in exercises.quizzes) && !(exercise in exercises.roleplays))).toEqual([]);
      expect(readFileSync(join(dist, 'sw.js'), 'utf8')).toContain(`"${base}modules/${id}/exercises.json"`);
      // Each island reads it at the address the site is served from (a sub-path too).
      for (const island of page.dom.querySelectorAll('astro-island')) {
        expect(island.getAttribute('props')).toContain(`"source":[0,"${base}modules/${id}/exercises.json"]`);
      }
    });
  }
});

const holdsValidator = (file: string) => readFileSync(file, 'utf8').includes(VALIDATOR_SIGNATURE);
/** Search's interface, loaded when someone opens search, whether or not there is progress. */
const SEARCH_UI = /[/\\]site-search\.client\.[^/\\]+\.js$/;

/** A page's scripts where this device has progress: everything its scripts load on demand, search's interface aside. */
function withProgress(firstVisit: string[]): string[] {
  let files = firstVisit;
  for (;;) {
    const more = importedOnDemand(files).filter((file) => !SEARCH_UI.test(file) && !files.includes(file));
    if (more.length === 0) return files;
    files = withImports([...files, ...more]);
  }
}

describe('pages without an island load little JavaScript', () => {
  for (const page of plainPages) {
    it(page.file, () => {
      const firstVisit = scriptsBeforeInteraction(dist, base, page.file, page.html);
      expect(firstVisit.filter(holdsValidator), `${page.file}: a first visit loads no progress store`).toEqual([]);
      const bytes = scriptBytes(firstVisit, page.html);
      expect(bytes, `${page.file}: ${kb(bytes)} on a first visit`).toBeLessThanOrEqual(PLAIN_PAGE_JS);
      const returning = withProgress(firstVisit);
      if (!returning.some(holdsValidator)) return;
      const returningBytes = scriptBytes(returning, page.html);
      expect(returningBytes, `${page.file}: ${kb(returningBytes)} with progress to read`).toBeLessThanOrEqual(PLAIN_PAGE_WITH_PROGRESS_JS);
    });
  }

  it('finds the progress store on the pages that read progress, and on module pages from the start', () => {
    const readers = plainPages.filter((page) => withProgress(scriptsBeforeInteraction(dist, base, page.file, page.html)).some(holdsValidator));
    expect(readers.map((page) => page.file)).toEqual(expect.arrayContaining(['index.html', 'resources/index.html', 'my-resources/index.html']));
    for (const page of modulePages) expect(scriptsBeforeInteraction(dist, base, page.file, page.html).some(holdsValidator)).toBe(true);
  });
});

describe('Zod stays at build time', () => {
  it('no script the site serves carries Zod', () => {
    const scripts = allFiles.filter((file) => /\.m?js$/.test(file));
    expect(scripts.length).toBeGreaterThan(10);
    expect(scripts.filter((file) => readFileSync(file, 'utf8').includes(ZOD_SIGNATURE))).toEqual([]);
  });
});

/**
 * What a first visit caches for offline use before the person chooses the whole course (issue #18:
 * at most 400 KB compressed). Most of it is the search index, which grows with the course.
 */
const FIRST_VISIT_PRECACHE = 400 * KB;

describe('the offline copy of a first visit stays small', () => {
  it('caches at most 400 KB (compressed) before the whole course is chosen', async () => {
    const { planFor } = await import('../../integrations/service-worker');
    const { sizes } = await planFor(dist, base);
    expect(sizes.essentialBytes, `first visit caches ${kb(sizes.essentialBytes)}`).toBeLessThanOrEqual(FIRST_VISIT_PRECACHE);
  });
});
