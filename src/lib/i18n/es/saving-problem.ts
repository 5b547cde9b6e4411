import type { savingProblem as en } from '../en/saving-problem';
import type { Strings } from '../shape';

export const savingProblem: Strings<typeof en> = {
  message: 'Es posible que tu progreso no se guarde en este dispositivo.',
  link: 'Ir a Mi progreso',
};
