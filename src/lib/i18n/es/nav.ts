import type { nav as en } from '../en/nav';
import type { Strings } from '../shape';

export const nav: Strings<typeof en> = {
  label: 'Principal',
  modules: 'Módulos',
  resources: 'Recursos',
  glossary: 'Palabras',
  progress: 'Mi progreso',
  trainers: 'Capacitadores',
  about: 'Acerca de',
  help: 'Ayuda ahora',
  helpLong: 'Ayuda ahora: líneas de crisis y 911',
};
