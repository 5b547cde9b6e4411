import { pageStrings } from '../page-strings';

export const dilemmas = await pageStrings({
  en: () => import('../en/dilemmas').then((file) => file.dilemmas),
  es: () => import('../es/dilemmas').then((file) => file.dilemmas),
});
