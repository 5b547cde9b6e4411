/**
 * Progress for someone who has not started, apart from the schema (shape.ts), so a page can show a
 * first visit's state without loading the validator. The shape it returns is checked against the
 * schema in the unit tests.
 */
import type { Progress } from './shape';

export const CURRENT_VERSION = 2;

/** Progress for someone who has not started. `updatedAt` at the epoch: any real save is newer. */
export function emptyProgress(): Progress {
  return {
    version: CURRENT_VERSION,
    updatedAt: new Date(0).toISOString(),
    modules: {},
    quizzes: {},
    roleplays: {},
    resources: {},
    settings: {},
  };
}
