import { pageStrings } from '../page-strings';

export const device = await pageStrings({
  en: () => import('../en/device').then((file) => file.device),
  es: () => import('../es/device').then((file) => file.device),
});
