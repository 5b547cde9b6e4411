import type { device as en } from '../en/device';
import type { Strings } from '../shape';

export const device: Strings<typeof en> = {
  heading: '¿Usas una computadora compartida?',
  sessionLabel: 'Guardar mi progreso solo hasta que cierre este navegador',
  sessionOnHelp: 'Tu progreso se guarda solo mientras este navegador esté abierto. Ciérralo al terminar y el progreso se borra.',
  sessionOffHelp: 'Tu progreso se guarda en este dispositivo hasta que lo borres.',
  sessionFailed: 'Este navegador no dejó a Alongside cambiar dónde se guarda el progreso. No se perdió nada.',
  sessionChanged: (on: boolean) =>
    on ? 'El modo de computadora compartida está activado.' : 'El modo de computadora compartida está desactivado.',
  forget: 'Borrar todo lo guardado en este dispositivo…',
  forgetHeading: '¿Borrar todo lo que Alongside guardó en este dispositivo?',
  forgetText:
    'Esto borra de este navegador tu progreso, tus recursos guardados, tu configuración y la copia del sitio sin conexión. No se puede deshacer.',
  forgetConfirm: 'Sí, borrar todo',
  forgotten: 'Se borró todo lo que Alongside guardó en este dispositivo.',
  forgetParts: { saved: 'tu progreso, tus recursos guardados y tu configuración', offline: 'la copia del sitio sin conexión' },
  forgetRemoved: (parts: string[]) => `Alongside borró ${parts.join(' y ')}.`,
  forgetRefused: {
    saved: 'Este navegador no dejó a Alongside borrar tu progreso, tus recursos guardados y tu configuración.',
    offline: 'Este navegador no dejó a Alongside borrar su copia del sitio sin conexión.',
  },
  forgetRest: 'Para borrar lo que queda, borra los datos de este sitio en la configuración de tu navegador.',
};
