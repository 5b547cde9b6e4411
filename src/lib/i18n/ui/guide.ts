import { guide as en } from '../en/guide';
import { guide as es } from '../es/guide';
import { localized } from '../localized';

export const guide = /* @__PURE__ */ localized({ en, es });
