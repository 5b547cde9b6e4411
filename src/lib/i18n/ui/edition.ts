import { pageStrings } from '../page-strings';

export const edition = await pageStrings({
  en: () => import('../en/edition').then((file) => file.edition),
  es: () => import('../es/edition').then((file) => file.edition),
});
