/**
 * Every string the interface shows, so a second language can be added as a sibling without touching
 * components. Content (modules, quizzes, role-plays) carries its own words.
 *
 * One file per feature in ./en/, re-exported here one by one. Code reads them through the namespace
 * `ui` (src/lib/i18n/index.ts) as `ui.quiz.check`, so the bundler puts into a page's JavaScript only the
 * features that page's scripts and islands read, never the whole table. Add a string to its feature's
 * file; a new feature gets a file and a line here.
 */
export * from './en/common';
export { nav } from './en/nav';
export { search } from './en/search';
export { module } from './en/module';
export { status } from './en/status';
export { course } from './en/course';
export { practice } from './en/practice';
export { home } from './en/home';
export { storage } from './en/storage';
export { savingProblem } from './en/saving-problem';
export { quiz } from './en/quiz';
export { roleplay } from './en/roleplay';
export { skills } from './en/skills';
export { planner } from './en/planner';
export { session } from './en/session';
export { progress } from './en/progress';
export { record } from './en/record';
export { offline } from './en/offline';
export { device } from './en/device';
export { frame } from './en/frame';
export { room } from './en/room';
export { resources } from './en/resources';
export { guide } from './en/guide';
export { transfer } from './en/transfer';
export { contact } from './en/contact';
export { competencies } from './en/competencies';
export { footer } from './en/footer';
export { dilemmas } from './en/dilemmas';
export { edition } from './en/edition';
