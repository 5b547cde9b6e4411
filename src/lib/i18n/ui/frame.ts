import { pageStrings } from '../page-strings';

export const frame = await pageStrings({
  en: () => import('../en/frame').then((file) => file.frame),
  es: () => import('../es/frame').then((file) => file.frame),
});
