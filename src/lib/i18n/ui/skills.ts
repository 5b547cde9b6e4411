import { pageStrings } from '../page-strings';

export const skills = await pageStrings({
  en: () => import('../en/skills').then((file) => file.skills),
  es: () => import('../es/skills').then((file) => file.skills),
});
