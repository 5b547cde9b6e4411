import { quiz as en } from '../en/quiz';
import { quiz as es } from '../es/quiz';
import { localized } from '../localized';

export const quiz = /* @__PURE__ */ localized({ en, es });
