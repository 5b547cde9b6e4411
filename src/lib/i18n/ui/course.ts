import { course as en } from '../en/course';
import { course as es } from '../es/course';
import { localized } from '../localized';

export const course = /* @__PURE__ */ localized({ en, es });
