import { storage as en } from '../en/storage';
import { storage as es } from '../es/storage';
import { localized } from '../localized';

export const storage = /* @__PURE__ */ localized({ en, es });
