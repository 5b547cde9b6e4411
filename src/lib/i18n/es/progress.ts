import type { progress as en } from '../en/progress';
import type { Strings } from '../shape';

export const progress: Strings<typeof en> = {
  title: 'Mi progreso',
  intro: 'Tu progreso se guarda solo en este navegador, en este dispositivo. No se envía nada a ningún lado.',
  nextHeading: 'Qué hacer ahora',
  next: (title: string) => `Continúa con ${title}`,
  allDone: 'Completaste todos los módulos. ¡Bien hecho! Vuelve a cualquier módulo para repasar tus habilidades.',
  nothingYet: 'Todavía no has empezado.',
  modulesHeading: 'Módulos',
  quiz: 'Prueba',
  roleplays: 'Juegos de roles',
  notAttempted: 'sin intentar todavía',
  answered: (answered: number, total: number) => `${answered} de ${total} respondidas`,
  bestScore: (percent: number, passed: boolean) => `mejor resultado ${percent}%${passed ? ', aprobada' : ''}`,
  attempts: (count: number) => `${count} ${count === 1 ? 'intento' : 'intentos'}`,
  outcome: { strong: 'mejor final: sólido', mixed: 'mejor final: a medias', missed: 'mejor final: oportunidad perdida' },
  inProgress: 'a mitad de camino',
  open: 'Abrir módulo',
  transferHeading: 'Lleva tu progreso a otro dispositivo',
  transferIntro: 'Exportar guarda un archivo pequeño en este dispositivo. Impórtalo en otro dispositivo o navegador para seguir allí.',
  export: 'Exportar mi progreso',
  exported: (name: string, items: number) =>
    items === 0
      ? `${name} se guardó en tus descargas. Todavía no tiene progreso: no se ha guardado nada en este dispositivo.`
      : `${name} se guardó en tus descargas, con ${items} ${items === 1 ? 'elemento' : 'elementos'} de progreso.`,
  exportedNewer: (name: string) =>
    `${name} se guardó en tus descargas. Tiene progreso guardado por una versión más nueva de Alongside, tal como estaba. ` +
    'Impórtalo donde funcione esa versión.',
  importLabel: 'Importar un archivo de progreso',
  importReading: 'Leyendo el archivo…',
  previewHeading: 'Este archivo contiene',
  previewModules: 'Módulos visitados',
  previewQuizzes: 'Pruebas respondidas',
  previewRoleplays: 'Juegos de roles jugados',
  previewResources: 'Recursos guardados',
  previewExported: 'Exportado el',
  ignored: (items: string[], more: number) =>
    `Algunos elementos son de contenido que ya no existe y se van a omitir: ${items.join(', ')}` + (more > 0 ? `, y ${more} más.` : '.'),
  previewNoDate: 'sin fecha',
  merge: 'Combinar con el progreso de este dispositivo',
  replace: 'Reemplazar el progreso de este dispositivo',
  cancel: 'Cancelar',
  imported: 'Se importó tu progreso.',
  importCancelled: 'Importación cancelada. No se cambió nada.',
  clearHeading: 'Borrar mi progreso',
  clearIntro: 'En una computadora compartida, borra tu progreso al terminar.',
  clear: 'Borrar mi progreso…',
  confirmHeading: '¿Borrar todo el progreso de este dispositivo?',
  confirmText:
    'Esto borra de este navegador cada visita, cada respuesta de las pruebas, cada resultado de los juegos de roles y cada recurso ' +
    'guardado. No se puede deshacer. Si quieres una copia, exporta primero.',
  confirm: 'Sí, borrar todo',
  cleared: 'Se borró tu progreso de este dispositivo.',
  clearedMemoryOnly:
    'Este navegador no deja a Alongside usar su almacenamiento, así que no se guardó nada en este dispositivo. Se borró el progreso de esta pestaña.',
  clearFailed:
    'Este navegador no dejó a Alongside borrar tu progreso, así que sigue guardado en este dispositivo. Vuelve a intentarlo, o borra ' +
    'los datos de este sitio en la configuración de tu navegador.',
  backupsHeading: 'Copias de progreso que no se pudieron leer',
  backupsIntro:
    'Cuando el progreso guardado no se puede leer completo, Alongside guarda una copia antes de empezar de nuevo. Puedes descargar ' +
    'una copia, recuperar en tu progreso lo que todavía se puede leer, o borrarla.',
  backupMade: (date: string) => `Copia hecha el ${date}`,
  backupItems: (items: number) =>
    items === 0
      ? 'Esta versión no puede leer nada de esta copia.'
      : items === 1
        ? 'Se puede leer 1 elemento.'
        : `Se pueden leer ${items} elementos.`,
  backupNewer: 'Guardada por una versión más nueva de Alongside.',
  backupDownload: 'Descargar esta copia',
  backupRestore: 'Recuperar lo que se puede leer',
  backupDelete: 'Borrar esta copia',
  backupRestored: (items: number) =>
    items === 1 ? 'Se recuperó 1 elemento en tu progreso.' : `Se recuperaron ${items} elementos en tu progreso.`,
  backupNotRestored: 'No se pudo recuperar nada de esta copia. Todavía puedes descargarla.',
  backupDeleted: 'Se borró la copia.',
  backupNotDeleted: 'Este navegador no dejó a Alongside borrar la copia.',
  untouchedHeading: 'Progreso que no se pudo leer y se dejó como estaba',
  untouchedDownload: 'Descargar el progreso que no se pudo leer',
  /** Nombre de archivo: se deja igual que en inglés. */
  backupFileName: (date: string) => `alongside-unreadable-progress-${date}.json`,
};
