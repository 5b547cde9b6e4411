/**
 * The interface strings as pages and islands read them: `ui.quiz.check`. Each feature's table in English
 * and Spanish, resolved to the page's language at each read (./localized.ts). Each feature is its own module
 * (./ui/<feature>.ts), so the bundler puts a feature's strings only into the pages that read it.
 */
export { common } from './ui/common';
export { nav } from './ui/nav';
export { search } from './ui/search';
export { module } from './ui/module';
export { status } from './ui/status';
export { course } from './ui/course';
export { practice } from './ui/practice';
export { home } from './ui/home';
export { storage } from './ui/storage';
export { savingProblem } from './ui/saving-problem';
export { quiz } from './ui/quiz';
export { roleplay } from './ui/roleplay';
export { skills } from './ui/skills';
export { planner } from './ui/planner';
export { session } from './ui/session';
export { progress } from './ui/progress';
export { record } from './ui/record';
export { offline } from './ui/offline';
export { device } from './ui/device';
export { frame } from './ui/frame';
export { room } from './ui/room';
export { resources } from './ui/resources';
export { guide } from './ui/guide';
export { transfer } from './ui/transfer';
export { contact } from './ui/contact';
export { competencies } from './ui/competencies';
export { footer } from './ui/footer';
export { dilemmas } from './ui/dilemmas';
export { edition } from './ui/edition';
