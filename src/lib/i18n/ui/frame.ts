import { frame as en } from '../en/frame';
import { frame as es } from '../es/frame';
import { localized } from '../localized';

export const frame = /* @__PURE__ */ localized({ en, es });
