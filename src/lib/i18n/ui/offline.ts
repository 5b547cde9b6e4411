import { offline as en } from '../en/offline';
import { offline as es } from '../es/offline';
import { localized } from '../localized';

export const offline = /* @__PURE__ */ localized({ en, es });
