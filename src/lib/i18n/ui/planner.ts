import { pageStrings } from '../page-strings';

export const planner = await pageStrings({
  en: () => import('../en/planner').then((file) => file.planner),
  es: () => import('../es/planner').then((file) => file.planner),
});
