import { edition as en } from '../en/edition';
import { edition as es } from '../es/edition';
import { localized } from '../localized';

export const edition = /* @__PURE__ */ localized({ en, es });
