/**
 * Families of built pages made from one template and differing only in their data (YAML content), where
 * a few pages stand in for the rest in the browser's accessibility sweep (tests/e2e/site-pages.ts).
 * Every page still gets every built-site check (markup validity, links, structure); the browser visits
 * only the stand-ins of a family (320 px, CSP, privacy and axe), and they speak for the rest. A stand-in
 * must show every kind of element its family uses: tests/dist/stand-ins.test.ts fails, naming the page
 * and the element, when a family member uses one its stand-ins lack, so a new part of a template is
 * never left out of the sweep.
 * Paths are relative to the base, as the built pages are (e.g. "modules/crisis-referral/").
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The modules written in Spanish (src/content/es/modules): their pages are prose of their own, not a template's. */
const writtenInSpanish = readdirSync(join(import.meta.dirname, '..', 'src', 'content', 'es', 'modules'))
  .filter((file) => file.endsWith('.mdx'))
  .map((file) => file.replace(/^\d+-/, '').replace(/\.mdx$/, ''));

export interface PageFamily {
  family: RegExp;
  standIns: string[];
  why: string;
}

export const pageFamilies: PageFamily[] = [
  {
    family: /^trainers\/materials\//,
    standIns: ['trainers/materials/trauma-informed-language/', 'trainers/materials/active-listening/'],
    why: 'Materials lists: long tables and card grids. Module 4’s uses every generator: language, scenario and crisis cards, observer and sign-in sheets; Active listening’s links its card headings.',
  },
  {
    family: /^modules\/[^/]+\/answers\/$/,
    standIns: ['modules/crisis-referral/answers/'],
    why: 'Answer sheets: quiz answers, then a long key per role-play. Module 5’s has four keys, with stage directions.',
  },
  {
    family: /^modules\/[^/]+\/handouts\/$/,
    standIns: ['modules/crisis-referral/handouts/'],
    why: 'Role-play handouts: each script’s set-up and decisions with room to write. The crisis module’s has the most scripts and the safety box.',
  },
  {
    family: /^room\/dilemmas\/[^/]+\/$/,
    standIns: ['room/dilemmas/what-goes-in-the-note/'],
    why: 'Room-mode dilemmas: twenty or more pages from one template; this one’s reasoning comes in pages.',
  },
  {
    family: /^room\/roleplay\/[^/]+\/$/,
    standIns: [
      'room/roleplay/crisis-better-off-without-me/',
      'room/roleplay/accountability-keep-me-in-line/',
      'room/roleplay/ethics-first-meeting-privacy/',
    ],
    why: 'Room-mode role-plays, one page per script. The crisis ones are the longest and use every screen; the other two open on a tight and a dense screen (smaller type). Room paging is checked in tests/e2e/room-screens.spec.ts.',
  },
  {
    family: /^room\/quiz\/[^/]+\/$/,
    standIns: ['room/quiz/crisis-referral-quiz/'],
    why: 'Room-mode quizzes, one page per quiz.',
  },
  {
    family: /^modules\/[^/]+\/facilitator\/$/,
    standIns: ['modules/crisis-referral/facilitator/', 'modules/active-listening/facilitator/'],
    why: 'Each module’s facilitator guide: agenda, prompts, materials and notes in one template. The crisis module’s has the longest agenda; Active listening’s has optional activities, which the crisis module has none of.',
  },
  {
    family: /^resources\/[^/]+\/$/,
    standIns: ['resources/988-lifeline/', 'resources/findtreatment-gov/', 'resources/domestic-violence-hotline/'],
    why: 'A resource’s own page (one template, the same fields). The 988 Lifeline’s uses the crisis layout; FindTreatment.gov the other one; the Domestic Violence Hotline’s has a TTY number.',
  },
  {
    family: /^trainers\/program-leads\/(?!evaluation-plan\/)[^/]+\/$/,
    standIns: ['trainers/program-leads/why-it-works/'],
    why: 'The guide for program leads: pages from one template (src/content/leads). The evaluation plan is its own template, swept on its own.',
  },
  // The Spanish edition is the same templates again, with Spanish words.
  { family: /^es\/resources\/[^/]+\/$/, standIns: ['es/resources/988-lifeline/'], why: 'As the English resource pages.' },
  { family: /^es\/room\/roleplay\/[^/]+\/$/, standIns: ['es/room/roleplay/crisis-better-off-without-me/'], why: 'As in English.' },
  { family: /^es\/room\/quiz\/[^/]+\/$/, standIns: ['es/room/quiz/crisis-referral-quiz/'], why: 'As in English.' },
  { family: /^es\/modules\/[^/]+\/answers\/$/, standIns: ['es/modules/crisis-referral/answers/'], why: 'As in English.' },
  { family: /^es\/modules\/[^/]+\/handouts\/$/, standIns: ['es/modules/crisis-referral/handouts/'], why: 'As in English.' },
  { family: /^es\/modules\/[^/]+\/facilitator\/$/, standIns: ['es/modules/crisis-referral/facilitator/'], why: 'As in English.' },
  {
    family: new RegExp(`^es/modules/(?!(?:${writtenInSpanish.join('|')})/)[^/]+/$`),
    standIns: ['es/modules/recovery-pathways/'],
    why: 'The pages saying a module is not in Spanish yet. The modules written in Spanish are prose of their own, each swept.',
  },
];

/**
 * The Spanish pages the browser sweeps with axe. A Spanish page is its English twin's template and markup
 * with Spanish words, and every English twin is swept (or stood in for); these are the Spanish pages whose
 * content differs as well (Spanish modules, resources, the avoid list, role-play text), plus the home,
 * help and not-found pages. Every Spanish page outside a family (and every family's Spanish stand-in)
 * still gets the 320 px, CSP and privacy visit, where longer Spanish words could overflow, and every
 * page every built-site check.
 */
export const spanishAxeSweep = new Set([
  'es/',
  'es/404/',
  'es/help/',
  'es/resources/',
  'es/resources/988-lifeline/',
  'es/glossary/',
  ...writtenInSpanish.map((id) => `es/modules/${id}/`),
  'es/modules/recovery-pathways/',
  'es/room/roleplay/crisis-better-off-without-me/',
]);

/** The family a page belongs to, if any. */
export const familyOf = (path: string): PageFamily | undefined => pageFamilies.find(({ family }) => family.test(path));

/** Whether the browser visits this page (320 px, CSP, privacy): it is in no family, or stands in for its family. */
export const visitedInBrowser = (path: string): boolean => familyOf(path)?.standIns.includes(path) ?? true;

/** Whether the browser's visit runs axe there too: every visited English page, and the Spanish ones listed above. */
export const axeSweptInBrowser = (path: string): boolean =>
  visitedInBrowser(path) && (!path.startsWith('es/') || spanishAxeSweep.has(path));

/**
 * The axe-swept pages that stand for a page: itself if swept; else its family's stand-ins and, for a
 * Spanish page, its English twin, each in turn by what stands for it.
 */
export function axeCoverOf(path: string, seen = new Set<string>()): string[] {
  if (axeSweptInBrowser(path)) return [path];
  seen.add(path);
  const twin = path.startsWith('es/') ? path.slice('es/'.length) : undefined;
  const standIns = [...(familyOf(path)?.standIns ?? []), ...(twin ? [twin] : [])].filter((standIn) => !seen.has(standIn));
  return [...new Set(standIns.flatMap((standIn) => axeCoverOf(standIn, seen)))];
}
