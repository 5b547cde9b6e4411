/**
 * Los textos de la interfaz en español, un archivo por función en ./es/, con los mismos nombres que en.ts.
 * Cada tabla está tipada contra la inglesa (Strings<typeof en>), así que el compilador revisa cada clave.
 */
export * from './es/common';
export { nav } from './es/nav';
export { search } from './es/search';
export { module } from './es/module';
export { status } from './es/status';
export { course } from './es/course';
export { practice } from './es/practice';
export { home } from './es/home';
export { storage } from './es/storage';
export { savingProblem } from './es/saving-problem';
export { quiz } from './es/quiz';
export { roleplay } from './es/roleplay';
export { skills } from './es/skills';
export { planner } from './es/planner';
export { session } from './es/session';
export { progress } from './es/progress';
export { record } from './es/record';
export { offline } from './es/offline';
export { device } from './es/device';
export { frame } from './es/frame';
export { room } from './es/room';
export { resources } from './es/resources';
export { guide } from './es/guide';
export { transfer } from './es/transfer';
export { contact } from './es/contact';
export { competencies } from './es/competencies';
export { footer } from './es/footer';
export { dilemmas } from './es/dilemmas';
export { edition } from './es/edition';
