import type { status as en } from '../en/status';
import type { Strings } from '../shape';

export const status: Strings<typeof en> = {
  'not-started': '',
  visited: 'Visitado',
  'in-progress': 'En curso',
  completed: 'Completado',
};
