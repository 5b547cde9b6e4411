import { pageStrings } from '../page-strings';

export const offline = await pageStrings({
  en: () => import('../en/offline').then((file) => file.offline),
  es: () => import('../es/offline').then((file) => file.offline),
});
