import { savingProblem as en } from '../en/saving-problem';
import { savingProblem as es } from '../es/saving-problem';
import { localized } from '../localized';

export const savingProblem = /* @__PURE__ */ localized({ en, es });
