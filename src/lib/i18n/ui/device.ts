import { device as en } from '../en/device';
import { device as es } from '../es/device';
import { localized } from '../localized';

export const device = /* @__PURE__ */ localized({ en, es });
