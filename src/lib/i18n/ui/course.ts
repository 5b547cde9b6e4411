import { pageStrings } from '../page-strings';

/**
 * The course's words and each module's status ("Completed"), one table in the browser: every script that
 * shows a status shows the course too (ui.status is ./status.ts).
 */
const tables = await pageStrings({
  en: () => import('../en/course').then(({ course, status }) => ({ course, status })),
  es: () => import('../es/course').then(({ course, status }) => ({ course, status })),
});

export const { course, status } = tables;
