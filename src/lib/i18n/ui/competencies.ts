import { competencies as en } from '../en/competencies';
import { competencies as es } from '../es/competencies';
import { localized } from '../localized';

export const competencies = /* @__PURE__ */ localized({ en, es });
