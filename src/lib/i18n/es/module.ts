import type { module as en } from '../en/module';
import type { Strings } from '../shape';

export const module: Strings<typeof en> = {
  objectives: 'En este módulo aprenderás a',
  keyPoints: 'Puntos clave',
  sources: 'Fuentes',
  reviewed: 'Contenido revisado',
  minutes: (minutes: number) => `${minutes} min`,
  minutesLong: (minutes: number) => `unos ${minutes} minutos`,
  contentNote: 'Aviso sobre el contenido',
  previous: 'Módulo anterior',
  next: 'Módulo siguiente',
  pagination: 'Navegación entre módulos',
  required: 'Obligatorio antes de acompañar a alguien que empieza su recuperación',
  prerequisites: 'Mejor después de',
  moduleNumber: (order: number) => `Módulo ${order}`,
  moduleOf: (order: number, total: number) => `Módulo ${order} de ${total}`,
};
