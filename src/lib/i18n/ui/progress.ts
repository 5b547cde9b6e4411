import { pageStrings } from '../page-strings';

export const progress = await pageStrings({
  en: () => import('../en/progress').then((file) => file.progress),
  es: () => import('../es/progress').then((file) => file.progress),
});
