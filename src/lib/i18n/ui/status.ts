import { status as en } from '../en/status';
import { status as es } from '../es/status';
import { localized } from '../localized';

export const status = /* @__PURE__ */ localized({ en, es });
