import { pageStrings } from '../page-strings';

export const resources = await pageStrings({
  en: () => import('../en/resources').then((file) => file.resources),
  es: () => import('../es/resources').then((file) => file.resources),
});
