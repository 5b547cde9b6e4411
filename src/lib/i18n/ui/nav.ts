import { pageStrings } from '../page-strings';

export const nav = await pageStrings({
  en: () => import('../en/nav').then((file) => file.nav),
  es: () => import('../es/nav').then((file) => file.nav),
});
