import { planner as en } from '../en/planner';
import { planner as es } from '../es/planner';
import { localized } from '../localized';

export const planner = /* @__PURE__ */ localized({ en, es });
