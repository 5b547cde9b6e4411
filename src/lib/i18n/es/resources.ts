import type { resources as en } from '../en/resources';
import type { Strings } from '../shape';

export const resources: Strings<typeof en> = {
  save: 'Guardar en Mis recursos',
  saved: 'Guardado en Mis recursos (toca para quitarlo)',
  savedAnnounce: (name: string) => `${name} se guardó en Mis recursos en este dispositivo.`,
  removedAnnounce: (name: string) => `${name} se quitó de Mis recursos.`,
  /** Cuando una tarjeta no tiene nombre que leer (siempre debería tenerlo). */
  thisResource: 'Este recurso',
  walletRemoved: (name: string) => `Se quitó ${name}.`,
  theResource: 'El recurso',
  open247: 'Abierto las 24 horas, todos los días',
};
