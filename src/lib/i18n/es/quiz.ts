import type { quiz as en } from '../en/quiz';
import type { Strings } from '../shape';

export const quiz: Strings<typeof en> = {
  heading: (title: string) => `Comprueba lo que aprendiste: ${title}`,
  intro: (count: number, passPercent: number) =>
    `${count} ${count === 1 ? 'pregunta' : 'preguntas'}. Cada respuesta trae comentarios sobre todas las opciones. ` +
    `Apruebas con ${passPercent}% o más. Puedes volver a intentar cualquier pregunta.`,
  questionOf: (n: number, total: number) => `Pregunta ${n} de ${total}`,
  chooseAll: 'Elige todas las que correspondan.',
  check: 'Comprobar respuesta',
  tryAgain: 'Volver a intentar esta pregunta',
  chooseFirst: 'Primero elige una respuesta.',
  unavailable: 'No se pudieron cargar las respuestas. Revisa tu conexión y vuelve a presionar Comprobar respuesta.',
  changed: 'Esta pregunta cambió desde que la respondiste, así que se borró tu respuesta anterior. Vuelve a responderla.',
  correct: 'Correcto.',
  incorrect: 'No del todo.',
  announce: (n: number, correct: boolean, explanation: string) => `Pregunta ${n}: ${correct ? 'Correcto.' : 'No del todo.'} ${explanation}`,
  marks: {
    'chosen-correct': 'Tu respuesta — correcta',
    'chosen-wrong': 'Tu respuesta — no es la mejor opción',
    'missed-correct': 'También correcta — no la elegiste',
    'the-answer': 'La respuesta correcta',
    'not-chosen': 'No elegida',
  },
  whyHeading: 'Por qué',
  scoreHeading: 'Tu resultado',
  score: (correct: number, total: number, percent: number) => `Acertaste ${correct} de ${total} (${percent}%).`,
  passed: 'Aprobaste esta prueba.',
  notPassed: (passPercent: number) => `Para aprobar necesitas ${passPercent}%. Vuelve a intentar las preguntas que fallaste.`,
  progressSoFar: (answered: number, total: number) => `${answered} de ${total} preguntas respondidas.`,
  revisit: 'Vale la pena repasar:',
  allGood: 'Respondiste bien todas las preguntas.',
  restart: 'Empezar la prueba de nuevo',
  restarted: 'Se borraron las respuestas de la prueba. Tu mejor resultado se guarda.',
  best: (percent: number) => `Tu mejor resultado hasta ahora: ${percent}%.`,
};
