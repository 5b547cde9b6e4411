import type { skills as en } from '../en/skills';
import type { Strings } from '../shape';

/** Los tipos de respuesta de los juegos de roles (en la entrevista motivacional en español: preguntas, afirmaciones, reflejos, resúmenes). */
export const skills: Strings<typeof en> = {
  'open-question': 'Pregunta abierta',
  'closed-question': 'Pregunta cerrada',
  affirmation: 'Afirmación',
  'simple-reflection': 'Reflejo simple',
  'complex-reflection': 'Reflejo complejo',
  summary: 'Resumen',
  'righting-reflex': 'Consejo no pedido (ganas de corregir)',
  'advice-with-permission': 'Consejo con permiso',
  'self-disclosure': 'Compartir la propia historia',
  boundary: 'Límite',
  referral: 'Derivación',
  'safety-check': 'Pregunta sobre la seguridad',
  silence: 'Silencio',
  judgement: 'Juicio',
  reassurance: 'Tranquilizar antes de tiempo',
};
