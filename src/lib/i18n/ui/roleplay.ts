import { roleplay as en } from '../en/roleplay';
import { roleplay as es } from '../es/roleplay';
import { localized } from '../localized';

export const roleplay = /* @__PURE__ */ localized({ en, es });
