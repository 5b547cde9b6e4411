import { transfer as en } from '../en/transfer';
import { transfer as es } from '../es/transfer';
import { localized } from '../localized';

export const transfer = /* @__PURE__ */ localized({ en, es });
