import { pageStrings } from '../page-strings';

export const course = await pageStrings({
  en: () => import('../en/course').then((file) => file.course),
  es: () => import('../es/course').then((file) => file.course),
});
