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
// A small hand-written validator (src/lib/validate): the same checks zod/mini made, at a tenth of its
// size in the pages that read progress. Zod itself stays for content schemas at build time.
import * as v from '../validate';
import { CURRENT_VERSION } from './empty';

export { CURRENT_VERSION, emptyProgress } from './empty';

const isoTime = v.isoDateTime();
const id = v.string({ pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/, max: 100 });
const fraction = v.number({ min: 0, max: 1 });

export const quizAnswerSchema = v.object({
  selected: v.array(id, { max: 10 }),
  correct: v.boolean(),
  answeredAt: isoTime,
});

export const quizProgressSchema = v.object({
  answers: v.record(id, quizAnswerSchema),
  lastScore: v.optional(fraction),
  bestScore: v.optional(fraction),
  completedAt: v.optional(isoTime),
});

/** Skill kind -> count. Bounded so an import cannot grow it without limit. */
const skillCounts = v.record(id, v.int({ min: 0, max: 100_000 })).refine((counts) => Object.keys(counts).length <= 30);

export const outcomeSchema = v.enumOf(['strong', 'mixed', 'missed']);

export const roleplayProgressSchema = v.object({
  attempts: v.int({ min: 0, max: 100_000 }),
  bestOutcome: v.optional(outcomeSchema),
  lastEnding: v.optional(id),
  skillsUsed: v.array(id, { max: 50 }),
  completedAt: v.optional(isoTime),
  replies: v.optional(v.record(id, skillCounts).refine((pairs) => Object.keys(pairs).length <= 30)),
  current: v.optional(v.object({ steps: v.array(v.object({ node: id, choice: id }), { max: 200 }), updatedAt: isoTime })),
});

export const progressSchema = v.object({
  version: v.literal(CURRENT_VERSION),
  updatedAt: isoTime,
  modules: v.record(id, v.object({ visitedAt: isoTime })),
  quizzes: v.record(id, quizProgressSchema),
  roleplays: v.record(id, roleplayProgressSchema),
  resources: v.record(id, v.object({ savedAt: isoTime })),
  settings: v.object({
    facilitatorView: v.optional(v.boolean()),
    // Optional, so older saves stay valid without a migration. Checked loosely (a short code) so a
    // country added later does not make an older tab reject the save; the guide ignores unknown ones.
    country: v.optional(v.string({ pattern: /^[a-z]{2}(?:-[a-z]{2})?$/ })),
  }),
});

export type Progress = v.Infer<typeof progressSchema>;
export type QuizProgress = v.Infer<typeof quizProgressSchema>;
export type QuizAnswer = v.Infer<typeof quizAnswerSchema>;
export type RoleplayProgress = v.Infer<typeof roleplayProgressSchema>;
export type Outcome = v.Infer<typeof outcomeSchema>;
