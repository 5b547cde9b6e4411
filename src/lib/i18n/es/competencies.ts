import type { competencies as en } from '../en/competencies';
import type { Strings } from '../shape';

/** Las doce áreas de competencia de SAMHSA para trabajadores pares (2015), en el orden de SAMHSA. Traducción propia. */
export const competencies: Strings<typeof en> = {
  'engages-peers': 'Crea relaciones de colaboración y cuidado con sus pares',
  'provides-support': 'Brinda apoyo',
  'shares-lived-experience': 'Comparte su experiencia vivida de recuperación',
  'personalizes-support': 'Adapta el apoyo entre pares a cada persona',
  'supports-recovery-planning': 'Apoya la planificación de la recuperación',
  'links-to-resources': 'Conecta con recursos, servicios y apoyos',
  'provides-information': 'Da información sobre habilidades para la salud, el bienestar y la recuperación',
  'helps-manage-crises': 'Ayuda a sus pares a manejar las crisis',
  'values-communication': 'Valora la comunicación',
  'supports-collaboration': 'Apoya la colaboración y el trabajo en equipo',
  'promotes-leadership': 'Promueve el liderazgo y la defensa de derechos',
  'promotes-growth': 'Promueve el crecimiento y el desarrollo',
};
