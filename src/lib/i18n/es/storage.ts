import type { storage as en } from '../en/storage';
import type { Strings } from '../shape';

export const storage: Strings<typeof en> = {
  blocked:
    'Este navegador no deja a Alongside usar su almacenamiento (puede estar desactivado en la configuración del navegador, o ' +
    'bloqueado en este tipo de ventana). Tu trabajo se guarda solo hasta que cierres esta pestaña. Para conservarlo, exporta tu ' +
    'progreso desde Mi progreso.',
  full:
    'El almacenamiento de este navegador está lleno, así que no se puede guardar el progreso nuevo. Lo que guardaste antes sigue ' +
    'aquí, y el trabajo nuevo se guarda hasta que cierres esta pestaña. Para conservarlo todo, exporta tu progreso desde Mi progreso.',
  unavailable:
    'Este navegador ya no deja a Alongside guardar cambios. Lo que guardaste antes sigue aquí, y el trabajo nuevo se guarda ' +
    'hasta que cierres esta pestaña. Para conservarlo todo, exporta tu progreso desde Mi progreso.',
  recoveredAll:
    'No se pudo leer el progreso guardado en este dispositivo, así que Alongside empezó de cero. Se guardó una copia: puedes ' +
    'descargarla o intentar recuperarla desde Mi progreso.',
  recoveredSome: (count: number) =>
    (count === 1
      ? 'No se pudo leer 1 elemento guardado, y se dejó fuera. '
      : `No se pudieron leer ${count} elementos guardados, y se dejaron fuera. `) +
    'Todo lo demás está aquí. Se guardó una copia del original: puedes descargarla o intentar recuperarla desde Mi progreso.',
  untouched:
    'No se pudo leer completo el progreso guardado en este dispositivo, y no hay espacio para guardar una copia. Por eso Alongside ' +
    'lo dejó como estaba y no va a escribir encima. Descárgalo desde Mi progreso y luego bórralo allí para volver a guardar.',
  newerVersion:
    'El progreso de este dispositivo se guardó con una versión más nueva de Alongside. Por eso se dejó como estaba, y el trabajo ' +
    'nuevo no se guarda. Recarga la página para tener la versión más nueva. También puedes exportarlo desde Mi progreso.',
  exportLink: 'Ir a Mi progreso',
  noticeLabel: 'Progreso: ',
};
