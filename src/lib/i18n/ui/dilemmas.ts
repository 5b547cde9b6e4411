import { dilemmas as en } from '../en/dilemmas';
import { dilemmas as es } from '../es/dilemmas';
import { localized } from '../localized';

export const dilemmas = /* @__PURE__ */ localized({ en, es });
