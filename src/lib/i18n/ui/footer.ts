import { footer as en } from '../en/footer';
import { footer as es } from '../es/footer';
import { localized } from '../localized';

export const footer = /* @__PURE__ */ localized({ en, es });
