import type { edition as en } from '../en/edition';
import type { Strings } from '../shape';

export const edition: Strings<typeof en> = {
  notTranslatedHeading: 'Este módulo todavía no está en español',
  notTranslatedBody: 'Puedes hacerlo en inglés. Tu progreso es el mismo en los dos idiomas.',
  readInEnglish: (title: string) => `Hacer «${title}» en inglés`,
  inEnglish: '(en inglés)',
};
