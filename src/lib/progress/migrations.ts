/**
 * Numbered migrations from every earlier saved shape to the current one. Add a new step whenever
 * the shape in shape.ts changes: never edit an old step, and keep its fixture test.
 *
 * Version 1 (the first release) kept less:
 * { "version": 1, "updated": 1732400000000,                 // epoch milliseconds
 *   "visited": ["active-listening"],                        // module ids
 *   "quizAnswers": { "<quizId>": { "<questionId>": ["<optionId>"] } } }
 * It did not record whether an answer was right, so migrated answers are re-marked from the
 * content the next time the quiz is shown (correct: false until then is never shown as a result).
 */
import * as v from '../validate';
import { CURRENT_VERSION, type Progress } from './shape';

const v1Schema = v.object({
  version: v.literal(1),
  updated: v.int({ min: 0 }),
  visited: v.array(v.string()),
  quizAnswers: v.record(v.string(), v.record(v.string(), v.array(v.string()))),
});

type Migration = (input: unknown) => unknown;

/** migrations[n] turns version n into version n + 1. */
const migrations: Record<number, Migration> = {
  1: (input) => {
    const v1 = v1Schema.parse(input);
    const at = new Date(v1.updated).toISOString();
    const quizzes: Progress['quizzes'] = {};
    for (const [quizId, answers] of Object.entries(v1.quizAnswers)) {
      quizzes[quizId] = {
        answers: Object.fromEntries(
          Object.entries(answers).map(([questionId, selected]) => [questionId, { selected, correct: false, answeredAt: at }]),
        ),
      };
    }
    return {
      version: 2,
      updatedAt: at,
      modules: Object.fromEntries(v1.visited.map((moduleId) => [moduleId, { visitedAt: at }])),
      quizzes,
      roleplays: {},
      resources: {},
      settings: {},
    } satisfies Progress;
  },
};

export class UnknownVersionError extends Error {}

/** Brings a saved value of any known version up to the current one. Throws for unknown versions. */
export function migrate(input: unknown): unknown {
  let value = input;
  let version = versionOf(value);
  while (version < CURRENT_VERSION) {
    const step = migrations[version];
    if (!step) throw new UnknownVersionError(`no migration from version ${version}`);
    value = step(value);
    version = versionOf(value);
  }
  return value;
}

/** The version number a saved value claims, or NaN. */
export function versionOf(value: unknown): number {
  if (typeof value !== 'object' || value === null || !('version' in value)) return Number.NaN;
  const { version } = value;
  return typeof version === 'number' && Number.isInteger(version) ? version : Number.NaN;
}
