import { contact as en } from '../en/contact';
import { contact as es } from '../es/contact';
import { localized } from '../localized';

export const contact = /* @__PURE__ */ localized({ en, es });
