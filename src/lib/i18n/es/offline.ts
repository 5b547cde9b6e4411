import type { offline as en } from '../en/offline';
import type { Strings } from '../shape';

export const offline: Strings<typeof en> = {
  ready: 'Disponible sin conexión: este sitio está guardado en este dispositivo, así que funciona sin internet.',
  readyEssentials:
    'Disponible sin conexión: la ayuda, la guía de recursos, el módulo de crisis y la búsqueda están guardados en este dispositivo.',
  wholeCourse: 'Usar todo el curso sin conexión',
  courseSize: (size: string) => `(${size})`,
  savingCourse: 'Guardando todo el curso en este dispositivo…',
  courseFailed: 'No se pudo guardar todo el curso. Revisa tu conexión y vuelve a intentarlo.',
  saveData: 'Tu navegador pide a los sitios que ahorren datos, así que Alongside no guardó nada para usar sin conexión.',
  update: 'Hay una nueva versión de Alongside.',
  reload: 'Recargar para actualizar',
  paused: 'Esta pestaña no guarda una copia del sitio sin conexión, porque se borró todo lo que Alongside había guardado aquí.',
  keep: 'Guardar una copia sin conexión en este dispositivo',
  saving: 'Guardando una copia del sitio en este dispositivo…',
  refused: 'Este navegador no dejó a Alongside guardar una copia sin conexión. El sitio sigue funcionando mientras tengas internet.',
};
