/** The course frame: progress through the course, completion marks and the record's readiness. */
export const course = {
  progressLabel: 'Course progress',
  progress: (done: number, total: number) => `${done} of ${total} modules completed`,
  required: (done: number, total: number) => `${done} of ${total} required modules completed`,
  /** Signs beside a module's name (the words beside or inside them say the same for screen readers). */
  marks: { completed: '✓', 'in-progress': '◐' } as Record<string, string>,
  /** A module's status read after its name in a link. */
  afterName: (status: string) => `, ${status}`,
  done: 'done',
  notYet: 'not yet',
  completedOn: (date: string) => `You completed this module on ${date}.`,
  justCompleted: (title: string) => `Module completed: ${title}.`,
  recordReady: 'You have completed every required module. Your record of training is ready to print.',
  recordNotReady: (done: number, total: number) =>
    `Your record of training is offered once the ${total} required modules are completed: ${done} of ${total} so far.`,
} as const;
