/**
 * The saved progress, as stored under one key (PROGRESS_KEY in keys.ts, "alongside:progress").
 *
 * Version 2 (current):
 * {
 *   "version": 2,
 *   "updatedAt": "2026-11-24T18:00:00.000Z",        // last write by any tab; newer wins
 *   "modules":   { "<moduleId>": { "visitedAt": ISO } },        // completion is worked out from quizzes and role-plays
 *   "quizzes":   { "<quizId>": {
 *                    "answers": { "<questionId>": { "selected": ["<optionId>"], "correct": true, "answeredAt": ISO } },
 *                    "lastScore"?: 0.8, "bestScore"?: 0.9, "completedAt"?: ISO } },
 *   "roleplays": { "<roleplayId>": {
 *                    "attempts": 2, "bestOutcome"?: "strong", "lastEnding"?: "<endingId>",
 *                    "skillsUsed": ["open-question"], "completedAt"?: ISO,
 *                    "replies"?: { "<skill chosen>": { "<skill that fitted>": 3 } },   // see below
 *                    "current"?: { "steps": [{ "node": "<nodeId>", "choice": "<choiceId>" }], "updatedAt": ISO } } },
 *   "resources": { "<resourceId>": { "savedAt": ISO } },   // "My resources" wallet
 *   "settings":  { "facilitatorView"?: boolean, "country"?: "us" }   // country: the resource guide's choice (optional, no version bump)
 * }
 *
 * `replies` (optional, added without a version bump: older saves simply lack it) counts, over every
 * finished attempt, the kind of reply chosen at each decision against the kind the recommended reply
 * showed there; chosen === fitted means the kind fitted. It feeds "Your practice pattern" on My progress,
 * since finished paths themselves are not kept. Bounded: skill ids only, at most 30 × 30 counts.
 *
 * Everything is keyed by the content's stable ids, so editing one question or node never disturbs
 * the rest. Every read is validated with this schema; older versions are migrated (migrations.ts).
 */
// zod/mini: the same validation as Zod, a fraction of the size in the browser bundle.
import * as z from 'zod/mini';

export const CURRENT_VERSION = 2;

const isoTime = z.iso.datetime();
const id = z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), z.maxLength(100));
const fraction = z.number().check(z.gte(0), z.lte(1));

export const quizAnswerSchema = z.object({
  selected: z.array(id).check(z.maxLength(10)),
  correct: z.boolean(),
  answeredAt: isoTime,
});

export const quizProgressSchema = z.object({
  answers: z.record(id, quizAnswerSchema),
  lastScore: z.optional(fraction),
  bestScore: z.optional(fraction),
  completedAt: z.optional(isoTime),
});

/** Skill kind -> count. Bounded so an import cannot grow it without limit. */
const skillCounts = z.record(id, z.int().check(z.gte(0), z.lte(100_000))).check(z.refine((counts) => Object.keys(counts).length <= 30));

export const outcomeSchema = z.enum(['strong', 'mixed', 'missed']);

export const roleplayProgressSchema = z.object({
  attempts: z.int().check(z.gte(0), z.lte(100_000)),
  bestOutcome: z.optional(outcomeSchema),
  lastEnding: z.optional(id),
  skillsUsed: z.array(id).check(z.maxLength(50)),
  completedAt: z.optional(isoTime),
  replies: z.optional(z.record(id, skillCounts).check(z.refine((pairs) => Object.keys(pairs).length <= 30))),
  current: z.optional(z.object({ steps: z.array(z.object({ node: id, choice: id })).check(z.maxLength(200)), updatedAt: isoTime })),
});

export const progressSchema = z.object({
  version: z.literal(CURRENT_VERSION),
  updatedAt: isoTime,
  modules: z.record(id, z.object({ visitedAt: isoTime })),
  quizzes: z.record(id, quizProgressSchema),
  roleplays: z.record(id, roleplayProgressSchema),
  resources: z.record(id, z.object({ savedAt: isoTime })),
  settings: z.object({
    facilitatorView: z.optional(z.boolean()),
    // Optional, so older saves stay valid without a migration. Checked loosely (a short code) so a
    // country added later does not make an older tab reject the save; the guide ignores unknown ones.
    country: z.optional(z.string().check(z.regex(/^[a-z]{2}(?:-[a-z]{2})?$/))),
  }),
});

export type Progress = z.infer<typeof progressSchema>;
export type QuizProgress = z.infer<typeof quizProgressSchema>;
export type QuizAnswer = z.infer<typeof quizAnswerSchema>;
export type RoleplayProgress = z.infer<typeof roleplayProgressSchema>;
export type Outcome = z.infer<typeof outcomeSchema>;

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
