import type { practice as en } from '../en/practice';
import type { Strings } from '../shape';

/** El patrón de práctica en la página de progreso, calculado con los juegos de roles terminados. */
export const practice: Strings<typeof en> = {
  heading: 'Tu patrón de práctica',
  intro:
    'Se calcula con cada juego de roles que terminaste en este navegador. Se queda en este dispositivo. Sirve para que notes tus hábitos, no para calificarte.',
  empty: 'Termina un juego de roles para ver qué tipos de respuesta usas más.',
  decisions: (count: number) => (count === 1 ? '1 decisión contada.' : `${count} decisiones contadas.`),
  reachedHeading: 'Los tipos de respuesta que elegiste',
  reached: (skill: string, count: number) => `${skill}: ${count} ${count === 1 ? 'vez' : 'veces'}`,
  mismatchHeading: 'Cuando otro tipo de respuesta encajaba mejor',
  mismatch: (chosen: string, fitted: string, count: number) =>
    `${chosen} en vez de ${fitted.toLowerCase()}: ${count} ${count === 1 ? 'vez' : 'veces'}`,
  practise: (skill: string, title: string) => `Para practicar ${skill.toLowerCase()}: ${title}`,
  allFitted: 'Cada respuesta que elegiste era del tipo que pedía el momento.',
};
