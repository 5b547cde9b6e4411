import { pageStrings } from '../page-strings';

export const quiz = await pageStrings({
  en: () => import('../en/quiz').then((file) => file.quiz),
  es: () => import('../es/quiz').then((file) => file.quiz),
});
