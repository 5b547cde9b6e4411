import { z } from 'astro/zod';
import { competency, contentText, isoDate, source, stableId } from './common';
import { materialSources } from '../../lib/materials/kinds';

/** One timed activity in a facilitated session. */
export const agendaItem = z.object({
  /** What the group does, in a few words ("Pairs: practise reflections"). */
  activity: z.string().min(3),
  /** How long it takes, in whole minutes. */
  minutes: z.number().int().min(1).max(240),
  /** The kind of activity, so planners can count talk against practice. */
  kind: z.enum(['talk', 'discussion', 'pairs', 'triads', 'role-play', 'quiz', 'reflection', 'debrief', 'break']),
  /** Optional detail for the trainer: set-up, timing cues, what to watch for. */
  detail: contentText(1).optional(),
});

/** Everything a trainer needs to run this module with a group. Learners never see it by default. */
export const facilitatorBlock = z.object({
  /** The session in order, with minutes per activity. */
  agenda: z.array(agendaItem).min(1),
  /** Open questions to put to the group. */
  prompts: z.array(contentText(5)).min(1),
  /**
   * What to bring or prepare. A plain string is something the trainer brings or makes (a timer, a flip
   * chart, the program's own policies). `{ item, from }` says where a printed item comes from: `module`
   * (print it from the module page) or a generator on the module's materials page (`language-cards`,
   * `scenario-cards`, `observer-sheets`, `crisis-cards`, `sign-in-sheet`); `bring` marks a card or
   * sheet the trainer makes. tests/unit/materials/materials-lists.test.ts fails on a printed item with no source.
   */
  materials: z.array(z.union([z.string().min(2), z.object({ item: z.string().min(2), from: z.enum(materialSources) })])).min(1),
  /** Notes for the trainer: pitfalls, safety, how to handle disclosures in the room. */
  notes: z.array(contentText(5)).min(1),
});

/** Frontmatter of one curriculum module (`src/content/modules/NN-slug.mdx`). */
export const moduleSchema = z.object({
  /** The module's title as learners see it. */
  title: z.string().min(3),
  /** Position in the suggested course order, starting at 1. Unique across modules. */
  order: z.number().int().min(1),
  /** One or two plain sentences: what this module helps a mentor do. */
  summary: z.string().min(20).max(300),
  /** Honest self-study time in minutes, reading and exercises together. */
  minutes: z.number().int().min(5).max(240),
  /** True for the foundation modules every mentor completes before working with a newcomer: scope, the four skills, ethics. */
  required: z.boolean().default(false),
  /** Ids of modules best taken first. Shown as advice, never enforced. */
  prerequisites: z.array(stableId).default([]),
  /** What a learner can do after the module, each starting with a verb. */
  objectives: z.array(z.string().min(10)).min(2),
  /** The few things to remember, shown after the body. May take shared text, e.g. `{{confidentiality-limits}}`. */
  keyPoints: z.array(contentText(10)).min(2),
  /** SAMHSA peer-worker competency areas the module builds. */
  competencies: z.array(competency).min(1),
  /** A short warning shown before the body when the module touches suicide, overdose, violence or recurrence of use. */
  contentNote: z.string().min(10).optional(),
  /** The trainer's guide for a group session. */
  facilitator: facilitatorBlock,
  /** Where the facts come from. Every module cites at least one. */
  sources: z.array(source).min(1),
  /** When a person last checked the module against its sources. */
  reviewed: isoDate,
});

export type ModuleData = z.infer<typeof moduleSchema>;
