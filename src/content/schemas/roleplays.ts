import { z } from 'astro/zod';
import { contentText, stableId } from './common';
import { findGraphProblems } from '../../lib/roleplay/graph';
import { findSafetyProblems, riskIds, safetyActionIds } from '../../lib/safety/roleplay-rules';
import { emergencyTopics } from '../../lib/materials/emergencies';

/** What a line or ending does for safety, checked against docs/safety-rubric.md (see src/lib/safety). */
const safetyActions = z.array(z.enum(safetyActionIds)).default([]);

/** The skill a mentor's reply shows. Debriefs count them; coaching names them. */
export const skillIds = [
  'open-question',
  'closed-question',
  'affirmation',
  'simple-reflection',
  'complex-reflection',
  'summary',
  'righting-reflex',
  'advice-with-permission',
  'self-disclosure',
  'boundary',
  'referral',
  'safety-check',
  'silence',
  'judgement',
  'reassurance',
] as const;

export const skill = z.enum(skillIds);
export type SkillId = z.infer<typeof skill>;

/** One reply the mentor can choose. */
export const roleplayChoice = z.object({
  /** Stable id, unique within its node. */
  id: stableId,
  /** What the mentor says. */
  line: contentText(2),
  /** The skill this reply shows. */
  skill,
  /** How the reply lands: -2 (damages trust) to +2 (builds it). */
  rapport: z.number().int().min(-2).max(2),
  /** Coaching shown after the choice: what it did and why. Required for every choice. */
  feedback: contentText(10),
  /** True for the reply a skilled mentor would choose here. Exactly one per node. */
  recommended: z.boolean().default(false),
  /** Id of the next node or ending. */
  next: stableId,
  /** What this reply does for safety (asks about suicide, means safety, calls 911…). The line's words must say it. */
  actions: safetyActions,
});

/** One moment in the conversation: the mentee speaks, the mentor chooses. */
export const roleplayNode = z.object({
  /** Stable id, unique within the script. Saved half-finished role-plays point at it. */
  id: stableId,
  /** What the mentee says. */
  says: z.string().min(2),
  /** Optional stage direction ("looks at the floor"). */
  direction: z.string().optional(),
  /** What the mentee is thinking, revealed only in the debrief. */
  thought: z.string().min(5),
  /** The replies on offer. At least two, so there is a real decision. */
  choices: z.array(roleplayChoice).min(2).max(5),
});

/** Where a path through the conversation ends. */
export const roleplayEnding = z.object({
  /** Stable id, unique within the script (and distinct from node ids). */
  id: stableId,
  /** How it went: `strong` (connection kept and help found), `mixed`, or `missed`. */
  outcome: z.enum(['strong', 'mixed', 'missed']),
  /** A short title for the ending ("She agrees to try one meeting"). */
  title: z.string().min(3),
  /** What the mentee says or does last. */
  says: z.string().min(2),
  /** The debrief: what happened and why. */
  debrief: contentText(20),
  /** The one thing to carry into the next real conversation. */
  keyLearning: z.string().min(10),
  /** Ids of resources to show with this ending (crisis lines, locators). */
  resources: z.array(stableId).default([]),
  /** What the mentor does in this ending's close (e.g. calls the supervisor now). The debrief must say it. */
  actions: safetyActions,
});

/** A role-play script (`src/content/roleplays/<module>/<id>.yaml`). */
export const roleplaySchema = z
  .object({
    /** Id of the module this role-play belongs to. */
    module: stableId,
    /** Title shown above the role-play. */
    title: z.string().min(3),
    /** The set-up a learner reads first. */
    premise: z.string().min(20),
    /** The person the mentor is talking with. */
    mentee: z.object({
      /** A first name (fictional). */
      name: z.string().min(1),
      /** Their situation in a sentence or two. */
      situation: z.string().min(10),
    }),
    /** A short warning when the scenario touches suicide, overdose, violence or recurrence of use. */
    contentNote: z.string().min(10).optional(),
    /**
     * The risks the scenario touches. Each brings rules that every path to a strong ending must meet
     * (docs/safety-rubric.md); a script that talks about suicide or overdose must declare it.
     */
    risks: z.array(z.enum(riskIds)).default([]),
    /**
     * Optional. Emergencies the printed scenario card and handout must say what to do about beyond those
     * the risks bring (src/lib/materials/emergencies.ts): for a script whose content note mentions
     * overdose risk without teaching an overdose response, `[overdose]`.
     */
    cardEmergencies: z.array(z.enum(emergencyTopics)).optional(),
    /**
     * Optional. How the speaker plays this person in a room of learners, on the printed scenario card.
     * It replaces the script's stage directions there (the opening's and the inline ones), because those
     * may describe what nobody should act out in a room, such as standing over someone or shouting.
     * Online, the script's own directions still show. Example: "Seated; speak firmly, not loudly."
     */
    roomDirection: z.string().min(5).optional(),
    /**
     * Optional. For the trainer's key: the answer to the handout's "what if" question (the person refuses,
     * or it gets more dangerous), taken from the branch of this script that covers it.
     */
    whatIfAnswer: z.string().min(10).optional(),
    /** Id of the first node. */
    start: stableId,
    /** The conversation's moments. */
    nodes: z.array(roleplayNode).min(3),
    /** The ways it can end. At least three distinct endings. */
    endings: z.array(roleplayEnding).min(3),
  })
  .superRefine((script, ctx) => {
    for (const problem of [...findGraphProblems(script), ...findSafetyProblems(script)]) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

export type RoleplayData = z.infer<typeof roleplaySchema>;
export type RoleplayNode = z.infer<typeof roleplayNode>;
export type RoleplayChoice = z.infer<typeof roleplayChoice>;
export type RoleplayEnding = z.infer<typeof roleplayEnding>;
