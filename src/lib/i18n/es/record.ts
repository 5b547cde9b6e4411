import type { record as en } from '../en/record';
import type { Strings } from '../shape';

export const record: Strings<typeof en> = {
  title: 'Registro de capacitación',
  intro:
    'Un registro para imprimir con los módulos que completaste en Alongside en este dispositivo. Puedes mostrárselo a un capacitador o a tu supervisor.',
  nameLabel: 'Tu nombre (se imprime en el registro, no se guarda)',
  honest:
    'Informado por ti desde este dispositivo. Alongside no tiene cuentas, así que no puede confirmar quién hizo esta capacitación ni verificar estos resultados.',
  module: 'Módulo',
  completed: 'Completado el',
  quiz: 'Mejor resultado en la prueba',
  roleplays: 'Juegos de roles terminados',
  notCompleted: 'No completado',
  roleplaysDone: (done: number, total: number) => `${done} de ${total}`,
  summary: (done: number, total: number) => `${done} de ${total} módulos completados.`,
  signatureHeading: 'Capacitador o supervisor',
  signature: 'Firma',
  signatureName: 'Nombre y cargo',
  date: 'Fecha',
  print: 'Imprimir este registro',
  printedOn: (date: string) => `Impreso el ${date}.`,
};
