import { pageStrings } from '../page-strings';

export const module = await pageStrings({
  en: () => import('../en/module').then((file) => file.module),
  es: () => import('../es/module').then((file) => file.module),
});
