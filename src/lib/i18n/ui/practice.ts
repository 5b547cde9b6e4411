import { pageStrings } from '../page-strings';

export const practice = await pageStrings({
  en: () => import('../en/practice').then((file) => file.practice),
  es: () => import('../es/practice').then((file) => file.practice),
});
