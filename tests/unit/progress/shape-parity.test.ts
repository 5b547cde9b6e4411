/**
 * The hand-written validator (issue #18) accepts and refuses exactly what the zod/mini schema it
 * replaced did. The old schema is kept here, in a test, where its size costs nothing; every sample
 * below is a saved value with one thing changed.
 */
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { emptyProgress, progressSchema } from '../../../src/lib/progress/shape';

const isoTime = z.iso.datetime();
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100));
const fraction = z.number().check(z.gte(0), z.lte(1));
const skillCounts = z.record(id, z.int().check(z.gte(0), z.lte(100_000))).check(z.refine((counts) => Object.keys(counts).length <= 30));
const zodSchema = z.object({
  version: z.literal(2),
  updatedAt: isoTime,
  modules: z.record(id, z.object({ visitedAt: isoTime })),
  quizzes: z.record(
    id,
    z.object({
      answers: z.record(id, z.object({ selected: z.array(id).check(z.maxLength(10)), correct: z.boolean(), answeredAt: isoTime })),
      lastScore: z.optional(fraction),
      bestScore: z.optional(fraction),
      completedAt: z.optional(isoTime),
    }),
  ),
  roleplays: z.record(
    id,
    z.object({
      attempts: z.int().check(z.gte(0), z.lte(100_000)),
      bestOutcome: z.optional(z.enum(['strong', 'mixed', 'missed'])),
      lastEnding: z.optional(id),
      skillsUsed: z.array(id).check(z.maxLength(50)),
      completedAt: z.optional(isoTime),
      replies: z.optional(z.record(id, skillCounts).check(z.refine((pairs) => Object.keys(pairs).length <= 30))),
      current: z.optional(z.object({ steps: z.array(z.object({ node: id, choice: id })).check(z.maxLength(200)), updatedAt: isoTime })),
    }),
  ),
  resources: z.record(id, z.object({ savedAt: isoTime })),
  settings: z.object({
    facilitatorView: z.optional(z.boolean()),
    country: z.optional(z.string().check(z.regex(/^[a-z]{2}(?:-[a-z]{2})?$/))),
  }),
});

const at = '2026-11-24T18:00:00.000Z';
const full = {
  ...emptyProgress(),
  updatedAt: at,
  modules: { 'active-listening': { visitedAt: at } },
  quizzes: { 'q-1': { answers: { a: { selected: ['x'], correct: true, answeredAt: at } }, lastScore: 0.5, bestScore: 1, completedAt: at } },
  roleplays: {
    r: {
      attempts: 2,
      bestOutcome: 'strong',
      lastEnding: 'end',
      skillsUsed: ['open-question'],
      completedAt: at,
      replies: { 'open-question': { 'open-question': 3 } },
      current: { steps: [{ node: 'start', choice: 'listen' }], updatedAt: at },
    },
  },
  resources: { '988-lifeline': { savedAt: at } },
  settings: { facilitatorView: true, country: 'us' },
};

const many = (count: number, value: unknown) => Object.fromEntries(Array.from({ length: count }, (_, index) => [`k${index}`, value]));
/** [what changes, path to set, value]. */
const changes: [string, string[], unknown][] = [
  ['nothing', [], undefined],
  ['version 1', ['version'], 1],
  ['a string version', ['version'], '2'],
  ['a bad date', ['updatedAt'], '2026-13-45T00:00:00Z'],
  ['a date with an offset', ['updatedAt'], '2026-11-24T18:00:00+01:00'],
  ['a date without seconds', ['updatedAt'], '2026-11-24T18:00Z'],
  ['a leap day', ['updatedAt'], '2028-02-29T00:00:00.5Z'],
  ['no leap day', ['updatedAt'], '2027-02-29T00:00:00Z'],
  ['modules as an array', ['modules'], []],
  ['a capitalised id', ['modules', 'Active'], { visitedAt: at }],
  ['a long id', ['modules', 'a'.repeat(101)], { visitedAt: at }],
  ['an id of 100', ['modules', 'a'.repeat(100)], { visitedAt: at }],
  ['a visit without a date', ['modules', 'active-listening'], {}],
  ['eleven selected', ['quizzes', 'q-1', 'answers', 'a', 'selected'], Array(11).fill('x')],
  ['a score of NaN', ['quizzes', 'q-1', 'lastScore'], Number.NaN],
  ['a score above 1', ['quizzes', 'q-1', 'bestScore'], 1.01],
  ['a score of null', ['quizzes', 'q-1', 'bestScore'], null],
  ['correct as a string', ['quizzes', 'q-1', 'answers', 'a', 'correct'], 'yes'],
  ['fractional attempts', ['roleplays', 'r', 'attempts'], 1.5],
  ['too many attempts', ['roleplays', 'r', 'attempts'], 100_001],
  ['an unknown outcome', ['roleplays', 'r', 'bestOutcome'], 'great'],
  ['31 reply kinds', ['roleplays', 'r', 'replies'], many(31, { a: 1 })],
  ['30 reply kinds', ['roleplays', 'r', 'replies'], many(30, { a: 1 })],
  ['31 counts', ['roleplays', 'r', 'replies', 'open-question'], many(31, 1)],
  ['201 steps', ['roleplays', 'r', 'current', 'steps'], Array(201).fill({ node: 'a', choice: 'b' })],
  ['a step without a choice', ['roleplays', 'r', 'current', 'steps'], [{ node: 'a' }]],
  ['a country with a region', ['settings', 'country'], 'gb-sc'],
  ['a country in capitals', ['settings', 'country'], 'US'],
  ['settings as null', ['settings'], null],
  ['an extra top-level key', ['extra'], { anything: true }],
];

function changed(path: string[], value: unknown): unknown {
  const copy = structuredClone(full) as Record<string, unknown>;
  if (!path.length) return copy;
  let at: Record<string, unknown> = copy;
  for (const key of path.slice(0, -1)) at = at[key] as Record<string, unknown>;
  at[path.at(-1)!] = value;
  return copy;
}

describe('the progress validator matches the zod/mini schema it replaced', () => {
  for (const [name, path, value] of changes) {
    it(`with ${name}`, () => {
      const input = changed(path, value);
      const ours = progressSchema.safeParse(input);
      const theirs = zodSchema.safeParse(input);
      expect(ours.success, name).toBe(theirs.success);
      if (ours.success && theirs.success) expect(ours.data).toEqual(theirs.data);
      if (!ours.success && !theirs.success)
        expect(ours.issues[0]!.path).toEqual(
          theirs.error.issues[0]!.path.map(String).map((key) => (/^\d+$/.test(key) ? Number(key) : key)),
        );
    });
  }

  it('with the empty progress of a first visit', () => {
    expect(progressSchema.safeParse(emptyProgress())).toEqual({ success: true, data: emptyProgress() });
  });
});
