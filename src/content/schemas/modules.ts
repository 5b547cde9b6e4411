import { z } from 'astro/zod';
import { competency, contentText, isoDate, source, stableId } from './common';
import { materialSources } from '../../lib/materials/kinds';

/**
 * An agenda item's id: lowercase words joined by hyphens, starting with a letter. Shared planner links
 * name activities by it ("boundaries:stand-up-continuum"), so it must not change once published; and
 * because it starts with a letter, it is never confused with the activity numbers older links used.
 */
export const agendaItemId = stableId.regex(/^[a-z]/, 'start with a letter, so it is never read as an activity number');

/**
 * What the room sees on the projector while a talk segment runs. It points at content the module
 * already has (checked and reviewed once), rather than repeating it.
 */
export const agendaSlide = z
  .object({
    /** Show the module's objectives ("In this session"): for the welcome. */
    objectives: z.literal(true).optional(),
    /** Key points to show, by number in the module's `keyPoints` (counting from 1); four at most fit a screen. */
    points: z.array(z.number().int().min(1)).min(1).max(4).optional(),
    /** The question for the room, by number in `facilitator.prompts` (counting from 1). */
    prompt: z.number().int().min(1).optional(),
    /** A role-play of this module whose premise is the slide's short scenario. */
    scenario: stableId.optional(),
  })
  .refine((slide) => slide.objectives !== undefined || slide.points !== undefined, {
    message: 'a slide shows the objectives or at least one key point',
  });

/**
 * The four performance domains of the IC&RC Peer Recovery credential, whose 46 training hours are
 * 10 in Advocacy, 10 in Mentoring/Education, 10 in Recovery/Wellness Support and 16 in Ethical
 * Responsibility (IC&RC, "Peer Recovery (PR)" standards). The crosswalk page adds agenda minutes up by
 * domain, so a training coordinator can show where each hour comes from.
 */
export const icrcDomainIds = ['advocacy', 'mentoring-education', 'recovery-wellness', 'ethical-responsibility'] as const;
export const icrcDomain = z.enum(icrcDomainIds);
export type IcrcDomainId = z.infer<typeof icrcDomain>;

/** One timed activity in a facilitated session. */
export const agendaItem = z.object({
  /** Stable id, unique within the module's agenda (e.g. "stand-up-continuum"). */
  id: agendaItemId,
  /** What the group does, in a few words ("Pairs: practise reflections"). */
  activity: z.string().min(3),
  /** How long it takes, in whole minutes. */
  minutes: z.number().int().min(1).max(240),
  /** The kind of activity, so planners can count talk against practice. */
  kind: z.enum(['talk', 'discussion', 'pairs', 'triads', 'role-play', 'quiz', 'reflection', 'debrief', 'break']),
  /**
   * True for what every run of the module keeps; false for what a trainer may trim when time is short
   * (a warm-up, an extra round, an extension discussion). Safety content and the limits of
   * confidentiality are always core (src/lib/safety/agenda-rules.ts checks it).
   */
  core: z.boolean(),
  /**
   * The IC&RC domain this activity mostly teaches; its minutes count toward that domain on the crosswalk
   * page. Required on every activity but a break, and forbidden on a break: a break counts toward the
   * session's length but toward no domain (it is not training time). The facilitator block checks both.
   */
  domain: icrcDomain.optional(),
  /** Optional detail for the trainer: set-up, timing cues, what to watch for. Shown as notes in the presenter view. */
  detail: contentText(1).optional(),
  /** The projected slide. Every talk segment has one. */
  slide: agendaSlide.optional(),
});

export type AgendaItem = z.infer<typeof agendaItem>;

/** Why an item's `domain` is wrong for its kind, or undefined when it is right. */
function agendaDomainProblem(item: AgendaItem): string | undefined {
  if (item.kind === 'break')
    return item.domain === undefined ? undefined : 'a break counts toward no IC&RC domain (it is not training time): remove domain';
  return item.domain === undefined
    ? `required: the IC&RC domain this activity mostly teaches (${icrcDomainIds.join(', ')}); only a break has none`
    : undefined;
}

/** Everything a trainer needs to run this module with a group. Learners never see it by default. */
export const facilitatorBlock = z
  .object({
    /**
     * The session's stated length in minutes, breaks included. The agenda's minutes must add up to it, so
     * an edit to one activity's minutes that changes the session's length is a choice, never an accident.
     * Required: optional here only so the check below can name the sum when it is missing.
     */
    minutes: z.number().int().min(15).max(600).optional(),
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
  })
  .superRefine((block, ctx) => {
    const sum = block.agenda.reduce((total, item) => total + item.minutes, 0);
    if (block.minutes === undefined)
      ctx.addIssue({ code: 'custom', path: ['minutes'], message: `required: the agenda adds up to ${sum} minutes; add minutes: ${sum}` });
    else if (sum !== block.minutes)
      ctx.addIssue({
        code: 'custom',
        path: ['minutes'],
        message: `the agenda adds up to ${sum} minutes; facilitator.minutes says ${block.minutes}`,
      });
    const seen = new Map<string, number>();
    block.agenda.forEach((item, index) => {
      const domainProblem = agendaDomainProblem(item);
      if (domainProblem) ctx.addIssue({ code: 'custom', path: ['agenda', index, 'domain'], message: domainProblem });
      const first = seen.get(item.id);
      if (first !== undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['agenda', index, 'id'],
          message: `"${item.id}" is already the id of agenda.${first}; agenda ids are unique within a module`,
        });
      else seen.set(item.id, index);
      if (item.kind === 'talk' && !item.slide)
        ctx.addIssue({ code: 'custom', path: ['agenda', index, 'slide'], message: 'a talk segment needs a slide for the room' });
      if (item.slide?.prompt !== undefined && item.slide.prompt > block.prompts.length)
        ctx.addIssue({
          code: 'custom',
          path: ['agenda', index, 'slide', 'prompt'],
          message: `no prompt ${item.slide.prompt}: facilitator.prompts has ${block.prompts.length}`,
        });
    });
  });

/** Frontmatter of one curriculum module (`src/content/modules/NN-slug.mdx`). */
export const moduleSchema = z
  .object({
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
    /**
     * Words people type when they need this module but that its prose does not use, such as brand names
     * ("Narcan"), first-person phrasings ("kill myself") or Spanish crisis words. Used by search only, as
     * Pagefind metadata, so they are matched but never shown in an excerpt.
     */
    keywords: z.array(z.string().min(2)).default([]),
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
  })
  .superRefine((module, ctx) => {
    module.facilitator.agenda.forEach((item, index) => {
      item.slide?.points?.forEach((point, at) => {
        if (point > module.keyPoints.length)
          ctx.addIssue({
            code: 'custom',
            path: ['facilitator', 'agenda', index, 'slide', 'points', at],
            message: `no key point ${point}: keyPoints has ${module.keyPoints.length}`,
          });
      });
    });
  });

export type ModuleData = z.infer<typeof moduleSchema>;
