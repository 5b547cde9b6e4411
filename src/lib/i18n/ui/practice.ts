import { practice as en } from '../en/practice';
import { practice as es } from '../es/practice';
import { localized } from '../localized';

export const practice = /* @__PURE__ */ localized({ en, es });
