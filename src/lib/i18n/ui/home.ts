import { pageStrings } from '../page-strings';

export const home = await pageStrings({
  en: () => import('../en/home').then((file) => file.home),
  es: () => import('../es/home').then((file) => file.home),
});
