import type { Language } from './language';

/**
 * What the Spanish edition has. Its pages live under /es/ at the same paths as the English ones, so a
 * person switching language keeps their place, and ids (modules, quizzes, role-plays) are shared, so they
 * keep their progress. Pages it does not have yet (the glossary, the trainer materials, the program leads'
 * guide, the other modules' exercises…) stay in English, and links to them from Spanish pages go there.
 */

/** The modules written in Spanish (src/content/es/modules/; a unit test keeps this list equal to those files). */
export const spanishModuleIds: readonly string[] = [
  'role-and-scope',
  'active-listening',
  'boundaries',
  'trauma-informed-language',
  'crisis-referral',
  'confidentiality-and-ethics',
];

/** Their role-plays (src/content/es/roleplays/; the same unit test keeps this list equal to those files). */
export const spanishRoleplayIds: readonly string[] = [
  'boundaries-late-night-calls',
  'boundaries-loan-request',
  'crisis-agitated-mentee',
  'crisis-better-off-without-me',
  'crisis-unresponsive-friend',
  'crisis-violence-at-home',
  'ethics-first-meeting-privacy',
  'ethics-friend-asks-about-mentee',
  'language-calls-self-junkie',
  'language-dirty-again',
  'listening-ambivalent-about-meetings',
  'listening-wants-advice',
  'scope-asks-about-meds',
  'scope-be-my-sponsor',
];

/** Their quizzes: each module's quiz is "<module id>-quiz". */
export const spanishQuizIds: readonly string[] = spanishModuleIds.map((id) => `${id}-quiz`);

const slug = '[a-z0-9]+(?:-[a-z0-9]+)*';
const spanishModule = `(?:${spanishModuleIds.join('|')})`;

/** Site-relative page paths (no base, no leading slash) that exist in Spanish. */
const spanishPages = [
  '',
  'help/',
  'search/',
  'about/',
  'resources/',
  `resources/${slug}/`,
  'my-resources/',
  'progress/',
  'progress/record/',
  'trainers/',
  'glossary/',
  // The trainer's tools: the planner and room mode, with the Spanish modules' quizzes and role-plays.
  'planner/',
  'planner/modules\\.json',
  'room/',
  'room/session/',
  'room/session/content\\.json',
  `room/quiz/(?:${spanishQuizIds.join('|')})/`,
  `room/roleplay/(?:${spanishRoleplayIds.join('|')})/`,
  // A module not written in Spanish keeps its English link (its /es/ page only says so and links it).
  `modules/${spanishModule}/`,
  `modules/${spanishModule}/(?:exercises\\.json|facilitator/|answers/|handouts/)`,
].map((path) => new RegExp(`^${path}$`));

/** True if the Spanish edition has this site-relative page (a query or #fragment is ignored). */
export function inSpanishEdition(path: string): boolean {
  const bare = path.replace(/^\/+/, '').replace(/[?#].*$/, '');
  return spanishPages.some((page) => page.test(bare));
}

/** A site-relative path in the given language: '/help/' is '/es/help/' in Spanish, where the page exists. */
export function localizePath(path: string, language: Language): string {
  if (language === 'en' || !inSpanishEdition(path)) return path;
  return `/es/${path.replace(/^\/+/, '')}`;
}

/** The English path of a site-relative path: '/es/help/' is '/help/'. */
export function englishPath(path: string): string {
  return path.replace(/^\/?es(?:\/|$)/, '/');
}
