import type { guide as en } from '../en/guide';
import type { Strings } from '../shape';

export const guide: Strings<typeof en> = {
  showing: (shown: number, total: number) =>
    shown === total ? `Se muestran los ${total} recursos` : `Se muestran ${shown} de ${total} recursos`,
};
