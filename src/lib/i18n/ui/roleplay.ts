import { pageStrings } from '../page-strings';

export const roleplay = await pageStrings({
  en: () => import('../en/roleplay').then((file) => file.roleplay),
  es: () => import('../es/roleplay').then((file) => file.roleplay),
});
