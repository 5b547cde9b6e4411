import type { course as en } from '../en/course';
import type { Strings } from '../shape';

/** El marco del curso: el avance, las marcas de módulo completado y si el registro está listo. */
export const course: Strings<typeof en> = {
  progressLabel: 'Progreso del curso',
  progress: (done: number, total: number) => `${done} de ${total} módulos completados`,
  required: (done: number, total: number) => `${done} de ${total} módulos obligatorios completados`,
  marks: { completed: '✓', 'in-progress': '◐' },
  afterName: (status: string) => `, ${status}`,
  done: 'hecho',
  notYet: 'todavía no',
  completedOn: (date: string) => `Completaste este módulo el ${date}.`,
  justCompleted: (title: string) => `Módulo completado: ${title}.`,
  recordReady: 'Completaste todos los módulos obligatorios. Tu registro de capacitación está listo para imprimir.',
  recordNotReady: (done: number, total: number) =>
    `Tu registro de capacitación estará listo cuando completes los ${total} módulos obligatorios. Hasta ahora llevas ${done} de ${total}.`,
};
