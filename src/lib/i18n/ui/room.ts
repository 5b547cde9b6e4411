import { room as en } from '../en/room';
import { room as es } from '../es/room';
import { localized } from '../localized';

export const room = /* @__PURE__ */ localized({ en, es });
