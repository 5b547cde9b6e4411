import { pageStrings } from '../page-strings';

export const footer = await pageStrings({
  en: () => import('../en/footer').then((file) => file.footer),
  es: () => import('../es/footer').then((file) => file.footer),
});
