import { pageStrings } from '../page-strings';

export const competencies = await pageStrings({
  en: () => import('../en/competencies').then((file) => file.competencies),
  es: () => import('../es/competencies').then((file) => file.competencies),
});
