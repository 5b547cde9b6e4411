import type { session as en } from '../en/session';
import type { Strings } from '../shape';

/** Dirigir una sesión planificada: diapositivas, actividades y modo grupo en el orden del horario, con una vista de presentación. */
export const session: Strings<typeof en> = {
  title: 'Dirigir una sesión',
  description:
    'Muestra una sesión planificada en el proyector: una diapositiva para cada charla y un temporizador para cada actividad, con tus notas en una vista de presentación.',
  intro:
    'La sesión sigue el horario del plan, en orden. Proyecta esta ventana (Pantalla completa oculta todo lo demás) y avanza con Siguiente o con un control de presentación. ' +
    'Abre la vista de presentación para ver tus notas y lo que sigue en otra ventana. Las dos ventanas avanzan juntas.',
  needsScript:
    'Para dirigir una sesión se necesita JavaScript, que está desactivado o todavía se está cargando. El horario está en el planificador de sesiones.',
  loading: 'Cargando la sesión…',
  noPlan:
    'Este enlace no tiene módulos, así que no hay ninguna sesión que dirigir. Elige módulos en el planificador de sesiones y luego presiona Empezar la sesión.',
  plannerLink: 'Abrir el planificador de sesiones',
  backToPlan: 'Volver al plan',
  stepLabel: (number: number, count: number, module: string | undefined) => `Paso ${number} de ${count}${module ? ` · ${module}` : ''}`,
  moduleLabel: (order: number, title: string) => `Módulo ${order}: ${title}`,
  next: 'Siguiente',
  breakTitle: 'Descanso',
  betweenModules: 'Descanso entre módulos',
  meta: (kind: string, minutes: number, span: string) => `${kind}, ${minutes} min, ${span}`,
  objectivesHeading: 'En esta sesión',
  pointsHeading: 'Puntos clave',
  promptHeading: 'Para el grupo',
  scenarioHeading: (title: string) => `Situación: ${title}`,
  roomHeading: 'Hazlo con el grupo',
  roomHint: 'El modo grupo se abre en esta pestaña. Usa el botón Atrás de tu navegador para volver a este paso.',
  openPresenter: 'Abrir la vista de presentación',
  presenterHint:
    'Otra ventana con tus notas y lo que sigue. Pásala a tu propia pantalla. Siguiente y Atrás, en cualquiera de las dos ventanas, mueven las dos.',
  presenterBlocked:
    'El navegador no abrió una ventana nueva. Permite las ventanas emergentes para este sitio, o abre este enlace en una ventana nueva:',
  presenterLink: 'Vista de presentación',
  presenterTitle: 'Vista de presentación',
  notesHeading: 'Tus notas',
  noNotes: 'La guía de facilitación no tiene notas para este paso.',
  nextUpHeading: 'Lo que sigue',
  lastStep: 'Este es el último paso de la sesión.',
  announce: (number: number, count: number, title: string) => `Paso ${number} de ${count}: ${title}.`,
};
