import { staticUi } from '../i18n';

/** Human names for resource categories, in the order the guide lists them (the words live in src/lib/i18n). */
export const categoryLabels = staticUi.categories;
