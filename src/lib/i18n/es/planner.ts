import type { planner as en } from '../en/planner';
import type { Strings } from '../shape';

export const planner: Strings<typeof en> = {
  title: 'Planificador de sesiones',
  description:
    'Planifica una sesión en grupo: elige módulos y actividades, fija la hora de inicio y los descansos, ' +
    'y luego imprime un horario con tiempos o comparte el plan con un enlace.',
  intro:
    'Elige los módulos y las actividades de una sesión en grupo. Fija cuándo empieza y cuánto duran los descansos. ' +
    'Obtendrás un horario con la hora de inicio y de fin de cada actividad. El plan se guarda solo en la dirección de la página: ' +
    'copia el enlace para compartirlo o para volver a él.',
  needsScript:
    'El planificador necesita JavaScript, que está desactivado o todavía se está cargando. ' +
    'La agenda de facilitación de cada módulo muestra sus actividades y sus minutos.',
  whenLegend: 'Cuándo',
  dateLabel: 'Fecha (opcional)',
  startLabel: 'Hora de inicio',
  startError: 'Escribe una hora de inicio, por ejemplo 09:30. El horario conserva la última hora válida.',
  breakLabel: 'Descanso entre módulos, en minutos',
  breakHint: (max: number) => `0 si no hay descanso; hasta ${max}.`,
  breakError: (min: number, max: number) => `Escribe minutos enteros, de ${min} a ${max}. El horario conserva la última duración válida.`,
  modulesLegend: 'Módulos que vas a enseñar',
  moduleMinutes: (minutes: number, core: number) => `${minutes} min en grupo; ${core} min de lo esencial`,
  moduleNumber: (order: number) => `Módulo ${order}`,
  activitiesHeading: 'Actividades',
  activitiesIntro: 'Desmarca una actividad para quitarla, o agrega un descanso después de ella.',
  activitiesLegend: (title: string) => `Actividades de ${title}`,
  activityMeta: (minutes: number, kind: string, core: boolean) => `${minutes} min, ${kind}${core ? '' : ', opcional'}`,
  moveEarlier: 'Mover antes',
  moveLater: 'Mover después',
  moved: (title: string, position: number, count: number) => `${title} ahora está en el lugar ${position} de ${count} en la sesión.`,
  addBreak: 'Agregar descanso después',
  breakAfterLabel: (activity: string) => `Descanso después de “${activity}”, en minutos`,
  removeBreak: 'Quitar descanso',
  /** Lo lee un lector de pantalla después de "Quitar descanso", para decir cuál. */
  removeBreakAfter: (activity: string) => ` después de “${activity}”`,
  breakAdded: (activity: string) => `Se agregó un descanso después de “${activity}”.`,
  breakRemoved: (activity: string) => `Se quitó el descanso después de “${activity}”.`,
  noModules: 'Elige al menos un módulo para ver el horario.',
  leftOut: (titles: string) => `Quitaste todas las actividades de ${titles}, así que no aparece en el horario.`,
  runSheetHeading: 'Horario',
  caption: (when: string) => `Horario: ${when}`,
  columns: { start: 'Inicio', end: 'Fin', activity: 'Actividad', kind: 'Tipo', minutes: 'Minutos' },
  subtotal: (title: string) => `Subtotal: ${title}`,
  total: 'Total',
  addedBreak: 'Descanso',
  betweenModules: 'Descanso entre módulos',
  kinds: {
    talk: 'Charla',
    discussion: 'Conversación',
    pairs: 'En parejas',
    triads: 'En grupos de tres',
    'role-play': 'Juego de roles',
    quiz: 'Prueba',
    reflection: 'Reflexión',
    debrief: 'Repaso',
    break: 'Descanso',
  },
  /** 13:05 -> "1:05 p. m.": el reloj de 12 horas, como se usa en Estados Unidos. */
  time: (hour: number, minute: number, day: number) =>
    `${((hour + 11) % 12) + 1}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'a. m.' : 'p. m.'}` +
    (day === 0 ? '' : day === 1 ? ' (día siguiente)' : ` (día ${day + 1})`),
  duration: (minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return hours === 0 ? `${rest} min` : rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  },
  span: (start: string, end: string) => `de ${start} a ${end}`,
  summary: (duration: string, span: string, breaks: string) => `Total: ${duration}, ${span}, con ${breaks} de descanso.`,
  shareHeading: 'Compartir o imprimir',
  linkLabel: 'Enlace a este plan',
  copy: 'Copiar enlace',
  copied: 'Enlace copiado. Quien lo abra verá este plan.',
  copyFallback:
    'Este navegador no dejó copiar desde la página. El enlace está seleccionado: presiona Ctrl+C (o Command+C en una Mac) para copiarlo.',
  print: 'Imprimir horario',
  linkProblems: 'No se pudo usar una parte de este enlace, así que se dejó fuera:',
  linkIssue: {
    m: (value: string) => `no hay ningún módulo llamado “${value}”`,
    start: (value: string) => `hora de inicio “${value}”`,
    date: (value: string) => `fecha “${value}”`,
    break: (value: string) => `duración del descanso “${value}”`,
    skip: (value: string) => `actividad quitada “${value}”`,
    breaks: (value: string) => `descanso agregado “${value}”`,
    target: (value: string) => `duración objetivo “${value}”`,
  },
  /** Planificar según una duración objetivo, y los recortes que las guías de facilitación marcan como opcionales. */
  targetLabel: 'Duración objetivo',
  noTarget: 'Sin objetivo',
  targetHeading: 'Comparado con el objetivo',
  targetFits: (total: string, target: string, spare: string | undefined) =>
    spare
      ? `Dentro del objetivo: el plan dura ${total}, ${spare} menos que ${target}.`
      : `Justo en el objetivo: el plan dura exactamente ${target}.`,
  targetOver: (total: string, target: string, over: string) => `Se pasa del objetivo: el plan dura ${total}, ${over} más que ${target}.`,
  trimToFit: (target: string) => `Quitar actividades opcionales para llegar a ${target}`,
  trimsHeading: 'Actividades opcionales que podrías quitar',
  trimsIntro:
    'Las guías de facilitación las marcan como opcionales: actividades para romper el hielo, rondas extra y conversaciones para profundizar.',
  leaveOut: 'Quitar',
  noTrimsLeft:
    'No quedan actividades opcionales para quitar. Para llegar al objetivo, quita otras actividades o un módulo, acorta los descansos o elige un objetivo más largo.',
  trimmed: (count: number, minutes: string) =>
    count === 1 ? `Se quitó 1 actividad opcional (${minutes}).` : `Se quitaron ${count} actividades opcionales (${minutes}).`,
  trimmedNotEnough: 'Aun sin las actividades opcionales, el plan se pasa del objetivo.',
  leftOutOne: (activity: string) => `Se quitó “${activity}”.`,
  sessionHeading: 'Dirigir la sesión',
  sessionIntro:
    'Muestra este horario en orden en el proyector: una diapositiva para cada charla, un temporizador para cada actividad, y las pruebas y los juegos de roles del modo grupo en su momento. Una vista de presentación con tus notas se abre en otra ventana.',
  startSession: 'Empezar la sesión',
};
