import type { footer as en } from '../en/footer';
import type { Strings } from '../shape';

export const footer: Strings<typeof en> = {
  scope: 'Alongside complementa, pero no reemplaza, la certificación, la supervisión ni los protocolos locales.',
  privacy: 'Sin cuentas, sin cookies, sin rastreo. Tu progreso se queda en este dispositivo.',
};
