import type { transfer as en } from '../en/transfer';
import type { Strings } from '../shape';

export const transfer: Strings<typeof en> = {
  tooLarge: (limitKb: number) =>
    `Este archivo es demasiado grande para ser un archivo de progreso de Alongside (el límite es ${limitKb} KB). No se cambió nada.`,
  notJson: 'Este archivo no es un archivo de progreso: no es un JSON válido. No se cambió nada.',
  hostile: (problem: string) => `No se puede importar este archivo: ${problem}. No se cambió nada.`,
  notExport:
    'Este archivo no es una exportación de progreso de Alongside. Elige un archivo guardado con “Exportar mi progreso”. No se cambió nada.',
  newerVersion:
    'Este archivo se guardó con una versión más nueva de Alongside. Recarga la página para tener la versión más nueva y vuelve a ' +
    'intentarlo. No se cambió nada.',
  unknownVersion: 'Este archivo tiene una versión de progreso desconocida. No se cambió nada.',
  unreadableShape: 'Este archivo tiene el progreso en una forma que Alongside no puede leer. No se cambió nada.',
  mistake: (path: string, message: string) => `Este archivo tiene un error en "${path}": ${message}. No se cambió nada.`,
  /** Qué está mal en el lugar que nombra `mistake`, según el código del validador (src/lib/validate/schema.ts). */
  issues: {
    type: 'un valor de un tipo equivocado',
    format: 'un valor que no está escrito como lo escribe Alongside',
    'too-long': 'una lista o un texto más largo de lo que Alongside guarda',
    'too-small': 'un número menor que el mínimo permitido',
    'too-big': 'un número mayor que el máximo permitido',
    value: 'un valor que Alongside no conoce',
    key: 'un nombre que Alongside no usa',
    rule: 'más elementos de los que Alongside guarda',
  },
  tooDeep: (max: number) => `tiene más de ${max} niveles, uno dentro de otro`,
  longText: (max: number) => `tiene un texto de más de ${max} caracteres`,
  reservedKey: (key: string) => `tiene la clave reservada "${key}"`,
  longKey: (max: number) => `tiene una clave de más de ${max} caracteres`,
  /** Un elemento que la importación omite, p. ej. `prueba "old-quiz"`. */
  ignoredItem: (kind: string, id: string) => `${kind} "${id}"`,
  kinds: { module: 'módulo', quiz: 'prueba', roleplay: 'juego de roles', resource: 'recurso' },
};
