import { nav as en } from '../en/nav';
import { nav as es } from '../es/nav';
import { localized } from '../localized';

export const nav = /* @__PURE__ */ localized({ en, es });
