import { pageStrings } from '../page-strings';

export const savingProblem = await pageStrings({
  en: () => import('../en/saving-problem').then((file) => file.savingProblem),
  es: () => import('../es/saving-problem').then((file) => file.savingProblem),
});
