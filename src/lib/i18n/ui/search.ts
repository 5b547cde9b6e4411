import { pageStrings } from '../page-strings';

export const search = await pageStrings({
  en: () => import('../en/search').then((file) => file.search),
  es: () => import('../es/search').then((file) => file.search),
});
