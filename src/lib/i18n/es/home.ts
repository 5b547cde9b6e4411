import type { home as en } from '../en/home';
import type { Strings } from '../shape';

export const home: Strings<typeof en> = {
  modulesHeading: 'Los módulos',
  start: (title: string) => `Empieza con ${title}`,
  resume: (title: string) => `Continúa: ${title}`,
  bestScore: (percent: number) => `prueba ${percent}%`,
  totalMinutes: (minutes: number) => {
    const hours = Math.round(minutes / 6) / 10;
    // Spanish writes a decimal comma: "6,3 horas".
    return `${String(hours).replace('.', ',')} ${hours === 1 ? 'hora' : 'horas'} en total`;
  },
};
