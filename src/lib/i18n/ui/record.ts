import { record as en } from '../en/record';
import { record as es } from '../es/record';
import { localized } from '../localized';

export const record = /* @__PURE__ */ localized({ en, es });
