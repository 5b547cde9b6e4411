import { pageStrings } from '../page-strings';

export const record = await pageStrings({
  en: () => import('../en/record').then((file) => file.record),
  es: () => import('../es/record').then((file) => file.record),
});
