import { pageStrings } from '../page-strings';

export const session = await pageStrings({
  en: () => import('../en/session').then((file) => file.session),
  es: () => import('../es/session').then((file) => file.session),
});
