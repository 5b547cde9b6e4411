import * as en from '../en/common';
import * as es from '../es/common';
import { localized } from '../localized';

/** What every page shows: the site name, its tagline and the skip link. */
export const common = /* @__PURE__ */ localized({ en: { ...en }, es: { ...es } });
