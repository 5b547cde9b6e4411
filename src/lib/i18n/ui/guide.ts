import { pageStrings } from '../page-strings';

export const guide = await pageStrings({
  en: () => import('../en/guide').then((file) => file.guide),
  es: () => import('../es/guide').then((file) => file.guide),
});
