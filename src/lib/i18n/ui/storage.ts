import { pageStrings } from '../page-strings';

export const storage = await pageStrings({
  en: () => import('../en/storage').then((file) => file.storage),
  es: () => import('../es/storage').then((file) => file.storage),
});
