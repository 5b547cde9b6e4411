import { session as en } from '../en/session';
import { session as es } from '../es/session';
import { localized } from '../localized';

export const session = /* @__PURE__ */ localized({ en, es });
