import { skills as en } from '../en/skills';
import { skills as es } from '../es/skills';
import { localized } from '../localized';

export const skills = /* @__PURE__ */ localized({ en, es });
