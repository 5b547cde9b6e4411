import type { dilemmas as en } from '../en/dilemmas';
import type { Strings } from '../shape';

/** El banco de dilemas: práctica en la página del módulo de ética, y conversación en el modo grupo. */
export const dilemmas: Strings<typeof en> = {
  quizTitle: 'Dilemas éticos',
  /** El título del banco en la página del módulo: es práctica, así que no dice "Comprueba lo que aprendiste". */
  practiceHeading: 'Practica: dilemas éticos',
  practiceIntro: (count: number) =>
    `${count} ${count === 1 ? 'dilema' : 'dilemas'} para practicar el modelo de decisión. Primero elige qué harías tú y luego ` +
    'compruébalo. Verás comentarios sobre cada opción y el razonamiento paso a paso. Tus respuestas se guardan en este ' +
    'dispositivo. Es práctica, así que no cuenta para completar el módulo.',
  topicsHeading: 'Dilemas por tema',
  topics: {
    'dual-relationships': 'Relaciones dobles',
    'gifts-and-money': 'Regalos y dinero',
    'social-media': 'Redes sociales',
    'self-disclosure': 'Compartir tu propia historia',
    romance: 'Romance',
    'rides-and-housing': 'Transporte y vivienda',
    'family-confidentiality': 'Familia y confidencialidad',
    'mandated-reporting': 'Reporte obligatorio',
    'mentor-return-to-use': 'Cuando el mentor vuelve a consumir',
    documentation: 'Registros y notas',
    'team-and-policy': 'Tu equipo y sus normas',
  },
  label: (title: string, topic: string) => `${title} (${topic})`,
  actItOut: 'Represéntalo: ',
  roomLink: 'Conversarlo en grupo en el modo grupo',
  room: {
    indexTitle: 'Dilemas para conversar en grupo',
    indexIntro:
      'Cada dilema es una pregunta de ética de la vida real para un grupo. Muestra la situación y deja que el grupo la converse ' +
      'con las preguntas. Después muestra las opciones y, al final, el razonamiento con comentarios sobre cada opción. No se guarda nada.',
    indexLink: 'Dilemas para conversar en grupo',
    indexLinkAfter: ': situaciones éticas de todos los días para conversar con el modelo de decisión, por tema.',
    backToIndex: 'Todos los dilemas',
    steps: {
      situation: 'La situación',
      discussion: 'Preguntas para el grupo',
      options: 'Las opciones',
      reasoning: 'El razonamiento',
    },
    next: {
      situation: 'Conversarlo',
      discussion: 'Mostrar las opciones',
      options: 'Mostrar el razonamiento',
    },
    hint: {
      situation: 'Lee la situación en voz alta y deja que el grupo converse.',
      discussion: 'Deja que el grupo converse antes de ver las opciones.',
      options: 'Pregunta qué opción elegiría primero el grupo, y por qué.',
    },
    bestFirstStep: (letter: string) => `El mejor primer paso: ${letter}.`,
    feedbackHeading: 'Por qué cada opción ayuda o hace daño',
    best: 'El mejor primer paso:',
    notBest: 'No es el mejor primer paso:',
    announce: {
      situation: (title: string) => `La situación: ${title}.`,
      discussion: (count: number) => `${count} ${count === 1 ? 'pregunta' : 'preguntas'} para el grupo.`,
      options: (last: string) => `Las opciones, de la A a la ${last}.`,
      reasoning: (letter: string) => `El razonamiento. El mejor primer paso es la ${letter}.`,
    },
  },
};
