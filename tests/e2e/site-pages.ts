/** The URL paths of every built page (relative to the base), read from dist/ so new pages are swept automatically. */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { scriptsOf } from '../../scripts/lib/page-assets.mjs';
import { base } from './helpers';
import { join, relative } from 'node:path';

const dist = join(import.meta.dirname, '..', '..', 'dist');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Families of pages made from one template and differing only in content data, where one page (the one
 * using every part of the template) stands for the rest in the browser sweep. The dist checks still read
 * every page (HTML validity, links, structure). The materials pages are long tables and card grids, and
 * the answer sheets long keys; axe over ten of each would cost a minute or more of the test budget for no
 * new coverage.
 */
const familyStandIns: { family: RegExp; standIn: string }[] = [
  // Module 4's list uses every generator: language, scenario and crisis cards, observer and sign-in sheets.
  { family: /^trainers\/materials\//, standIn: 'trainers/materials/trauma-informed-language/' },
  // Answer sheets: quiz answers, then a long key per role-play. Module 5's has four keys, with stage directions.
  { family: /^modules\/[^/]+\/answers\/$/, standIn: 'modules/crisis-referral/answers/' },
  // Room-mode dilemmas: twenty or more pages from one template; this one's reasoning comes in pages.
  { family: /^room\/dilemmas\/[^/]+\/$/, standIn: 'room/dilemmas/what-goes-in-the-note/' },
  // Room-mode role-plays and quizzes: one template each, one page per script or quiz (37 and 19 with the
  // certification modules). The crisis ones are the longest and use every screen; room paging itself is
  // checked in src/lib/room's tests and tests/e2e/room-screens.spec.ts.
  { family: /^room\/roleplay\/[^/]+\/$/, standIn: 'room/roleplay/crisis-better-off-without-me/' },
  { family: /^room\/quiz\/[^/]+\/$/, standIn: 'room/quiz/crisis-referral-quiz/' },
  // Each module's facilitator guide page: the module's agenda, prompts, materials and notes in one
  // template. The crisis module's has the longest agenda.
  { family: /^modules\/[^/]+\/facilitator\/$/, standIn: 'modules/crisis-referral/facilitator/' },
  // A resource's own page (53, one template, every resource has the same fields): the 988 Lifeline's
  // uses every kind of contact and the crisis layout; FindTreatment.gov (not a crisis line) stays in the
  // sweep as well for the other layout.
  { family: /^resources\/(?!findtreatment-gov\/)[^/]+\/$/, standIn: 'resources/988-lifeline/' },
  // Guide for program leads: three pages from one template (src/content/leads); this one has paragraphs and lists.
  // The evaluation plan is its own template and is swept on its own.
  { family: /^trainers\/program-leads\/(?!evaluation-plan\/)[^/]+\/$/, standIn: 'trainers/program-leads/why-it-works/' },
  // The Spanish edition (issue #20) is the same templates again: its module pages, resource pages, answer
  // sheets and guides stand in as the English ones do. Every Spanish page still gets the dist checks.
  { family: /^es\/resources\/[^/]+\/$/, standIn: 'es/resources/988-lifeline/' },
  { family: /^es\/room\/roleplay\/[^/]+\/$/, standIn: 'es/room/roleplay/crisis-better-off-without-me/' },
  { family: /^es\/room\/quiz\/[^/]+\/$/, standIn: 'es/room/quiz/crisis-referral-quiz/' },
  { family: /^es\/modules\/[^/]+\/answers\/$/, standIn: 'es/modules/crisis-referral/answers/' },
  { family: /^es\/modules\/[^/]+\/facilitator\/$/, standIn: 'es/modules/crisis-referral/facilitator/' },
  // A module written in Spanish (the crisis module, the longest), and one page saying a module is not in Spanish yet.
  { family: /^es\/modules\/(?!recovery-pathways\/)[^/]+\/$/, standIn: 'es/modules/crisis-referral/' },
];
const standsInForFamily = (path: string) => familyStandIns.every(({ family, standIn }) => !family.test(path) || path === standIn);

export const sitePaths: string[] = walk(dist)
  .map((file) => relative(dist, file))
  .filter((file) => file.endsWith('index.html') && !file.startsWith('pagefind'))
  .map((file) => file.replace(/index\.html$/, ''))
  .filter(standsInForFamily)
  .sort();

/**
 * The Spanish pages whose accessibility is swept in the browser. A Spanish page is its English twin's
 * template and markup with Spanish strings, and every English twin is swept; these are the Spanish pages
 * whose content differs as well (Spanish modules, resources, the avoid list, role-play text), plus the
 * home and help pages. Every Spanish page still gets the 320 px, CSP and privacy visit, where longer
 * Spanish words could overflow, and every dist check.
 */
const spanishAxeSweep = new Set([
  'es/',
  'es/help/',
  'es/resources/',
  'es/resources/988-lifeline/',
  'es/glossary/',
  'es/modules/crisis-referral/',
  'es/modules/recovery-pathways/',
  'es/room/roleplay/crisis-better-off-without-me/',
]);
export const axeSweepPaths: string[] = sitePaths.filter((path) => !path.startsWith('es/') || spanishAxeSweep.has(path));

/**
 * Under a sub-path only the checks that depend on the path run again (playwright.config.ts). The built-site
 * checks resolve every address every sub-path page holds: links, assets, forms, islands' code and the data
 * files scripts fetch (tests/dist/links.test.ts). What a browser adds is the addresses scripts make as
 * they run (search, the offline copy, islands waking), and those are the same on every page that loads
 * the same scripts. So one page per set of scripts is visited (scriptsOf, as the byte budgets read them),
 * and the visit grows with the site's kinds of page, not with the course: the first of each set among
 * these: two module pages (the crisis module, which has every component but one, and Ethics in practice,
 * the only one with the dilemma bank; one is enough while they load the same scripts), and a few Spanish
 * pages, which show the base and the language are combined right.
 */
const spanishSubPathSweep = new Set(['es/', 'es/help/', 'es/resources/', 'es/modules/crisis-referral/', 'es/room/']);
const MODULE_PAGE = /^modules\/[^/]+\/$/;
const subPathModuleStandIns = new Set(['modules/crisis-referral/', 'modules/ethics-in-practice/']);
const subPathCandidates = sitePaths.filter(
  (path) => (!path.startsWith('es/') || spanishSubPathSweep.has(path)) && (!MODULE_PAGE.test(path) || subPathModuleStandIns.has(path)),
);
const scriptSet = (path: string) => {
  const file = join(path, 'index.html');
  return scriptsOf(dist, base, file, readFileSync(join(dist, file), 'utf8'))
    .sort()
    .join(' ');
};
const firstOfEachScriptSet = new Map<string, string>();
for (const path of subPathCandidates) {
  const scripts = scriptSet(path);
  if (!firstOfEachScriptSet.has(scripts)) firstOfEachScriptSet.set(scripts, path);
}
export const subPathSitePaths: string[] = [...firstOfEachScriptSet.values()].sort();
