import { resources as en } from '../en/resources';
import { resources as es } from '../es/resources';
import { localized } from '../localized';

export const resources = /* @__PURE__ */ localized({ en, es });
