import type { roleplay as en } from '../en/roleplay';
import type { Strings } from '../shape';

export const roleplay: Strings<typeof en> = {
  contentNote: 'Aviso sobre el contenido',
  transcript: 'La conversación hasta ahora',
  /** El resumen de la conversación plegada cuando termina el juego de roles. */
  transcriptFolded: (replies: number) =>
    `Toda la conversación, con la orientación (${replies} ${replies === 1 ? 'respuesta' : 'respuestas'})`,
  you: 'Tú',
  coaching: 'Orientación',
  skill: 'Habilidad',
  whatDoYouSay: '¿Qué dices?',
  stepBack: 'Volver un paso',
  startOver: 'Empezar de nuevo',
  rapport: 'Confianza',
  rapportLevels: {
    'pulling-away': 'se está alejando',
    guarded: 'con reservas',
    steady: 'estable',
    warming: 'tomando confianza',
    open: 'se abre y conversa',
  },
  rapportValue: (level: string, value: number, max: number) =>
    `${level} (${value > 0 ? '+' : ''}${value} en una escala de −${max} a +${max})`,
  announceChoice: (feedback: string, name: string, says: string) => `Orientación: ${feedback} ${name} dice: ${says}`,
  endingHeading: 'Cómo terminó',
  outcome: { strong: 'Final sólido', mixed: 'Final a medias', missed: 'Oportunidad perdida' },
  pathHeading: 'Tu camino y el camino recomendado',
  columns: { moment: 'Lo que dijo', yours: 'Lo que dijiste', tryNext: 'Prueba la próxima vez', thinking: 'Lo que pensaba' },
  /** Después de una respuesta que era la recomendada. */
  same: '— la respuesta recomendada',
  skillsHeading: 'Habilidades que usaste',
  keyLearning: 'Lo más importante',
  allRecommended: 'Elegiste la respuesta recomendada en cada paso.',
  resourcesHeading: 'Recursos para esta situación',
  backAnnounce: 'Volviste una respuesta atrás.',
  restartAnnounce: 'Empezaste de nuevo desde el principio.',
  unavailable: 'No se pudo cargar la conversación. Revisa tu conexión y vuelve a elegir tu respuesta.',
  /** Lo que se dice, entre comillas; una acotación aparte, entre paréntesis. */
  quoted: (says: string) => `“${says}”`,
  direction: (direction: string) => `(${direction})`,
};
