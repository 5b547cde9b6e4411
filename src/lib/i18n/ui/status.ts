import { pageStrings } from '../page-strings';

export const status = await pageStrings({
  en: () => import('../en/status').then((file) => file.status),
  es: () => import('../es/status').then((file) => file.status),
});
