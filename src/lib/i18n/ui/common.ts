import { pageStrings } from '../page-strings';

/** What every page shows: the site name, its tagline and the skip link. */
export const common = await pageStrings({
  en: () => import('../en/common').then((file) => ({ ...file })),
  es: () => import('../es/common').then((file) => ({ ...file })),
});
