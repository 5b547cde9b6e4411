import { module as en } from '../en/module';
import { module as es } from '../es/module';
import { localized } from '../localized';

export const module = /* @__PURE__ */ localized({ en, es });
