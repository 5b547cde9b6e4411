import { search as en } from '../en/search';
import { search as es } from '../es/search';
import { localized } from '../localized';

export const search = /* @__PURE__ */ localized({ en, es });
