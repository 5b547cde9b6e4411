import { pageStrings } from '../page-strings';

export const room = await pageStrings({
  en: () => import('../en/room').then((file) => file.room),
  es: () => import('../es/room').then((file) => file.room),
});
