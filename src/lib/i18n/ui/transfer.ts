import { pageStrings } from '../page-strings';

export const transfer = await pageStrings({
  en: () => import('../en/transfer').then((file) => file.transfer),
  es: () => import('../es/transfer').then((file) => file.transfer),
});
