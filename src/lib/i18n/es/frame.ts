import type { frame as en } from '../en/frame';
import type { Strings } from '../shape';

export const frame: Strings<typeof en> = {
  refused:
    'Aquí Alongside se muestra dentro de otro sitio web, así que no va a borrar ni importar nada. ' +
    'Para hacerlo, abre Alongside en su propia pestaña.',
};
