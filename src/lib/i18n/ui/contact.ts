import { pageStrings } from '../page-strings';

export const contact = await pageStrings({
  en: () => import('../en/contact').then((file) => file.contact),
  es: () => import('../es/contact').then((file) => file.contact),
});
