import { home as en } from '../en/home';
import { home as es } from '../es/home';
import { localized } from '../localized';

export const home = /* @__PURE__ */ localized({ en, es });
