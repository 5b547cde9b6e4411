import { progress as en } from '../en/progress';
import { progress as es } from '../es/progress';
import { localized } from '../localized';

export const progress = /* @__PURE__ */ localized({ en, es });
