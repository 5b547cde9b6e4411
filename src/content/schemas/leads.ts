import { z } from 'astro/zod';
import { isoDate, source, stableId } from './common';

/**
 * One part of a guide page: a heading, plain paragraphs and, when a list reads better, points.
 * The page renders it as an `h2` with its paragraphs, then the points as a list.
 */
export const guidePart = z.object({
  /** The heading's fragment id (`#matching`), stable so other pages can link to it. */
  id: stableId,
  /** The heading, in a few words. */
  heading: z.string().min(3).max(80),
  /** The text, one paragraph per entry, written for program leads in plain words. */
  paragraphs: z.array(z.string().min(20)).min(1),
  /** Optional short list after the paragraphs (questions to ask, things to decide). */
  points: z.array(z.string().min(5)).optional(),
});

/**
 * A page of the guide for program leads (`src/content/leads/NN-slug.yaml`, served at
 * /trainers/program-leads/<slug>/). It is not part of a mentor's course: no progress, no quiz.
 */
export const leadGuideSchema = z.object({
  /** The page title (its h1). */
  title: z.string().min(3).max(80),
  /** One or two sentences for the guide's index and the page description. */
  summary: z.string().min(20).max(240),
  /** Position in the guide, from 1. */
  order: z.number().int().min(1),
  /** The page's parts, in reading order. */
  parts: z.array(guidePart).min(1),
  /** What the facts were checked against. Every figure on the page must be found in one of these. */
  sources: z.array(source).min(1),
  /** When a person last checked the page against its sources. */
  reviewed: isoDate,
});

export type LeadGuideData = z.infer<typeof leadGuideSchema>;

/**
 * How an example instrument may be used, as far as its authors or publisher say:
 * `free` (stated free to use, no permission needed), `permission` (free or paid, but you must
 * register or ask first), `ask-authors` (we could not find a clear statement: ask before you use it).
 */
export const instrumentLicenceIds = ['free', 'permission', 'ask-authors'] as const;
export const instrumentLicence = z.enum(instrumentLicenceIds);

/** A published questionnaire a program might use for a measure. Named only once checked. */
export const exampleInstrument = z.object({
  /** Its name as its authors write it ("Brief Assessment of Recovery Capital (BARC-10)"). */
  name: z.string().min(3),
  /** What it asks and how long it is, in a sentence. */
  about: z.string().min(20),
  /** What we found about using it. */
  licence: instrumentLicence,
  /** Where the licence statement, or the instrument's paper, can be read. */
  source,
});

/** Who a measure is about: the people mentored, the mentors, or the program as a whole. */
export const measureAboutIds = ['mentees', 'mentors', 'program'] as const;

/**
 * One measure in the evaluation plan (`src/content/evaluation/NN-slug.yaml`). The evaluation-plan page
 * prints every measure as a row to fill in, with blank columns for the program's own targets.
 */
export const evaluationMeasureSchema = z.object({
  /** A short name ("Retention"). */
  name: z.string().min(3).max(40),
  /** Position in the plan, from 1. */
  order: z.number().int().min(1),
  /** Whose experience it measures. */
  about: z.enum(measureAboutIds),
  /** Why a program would track it, in a sentence or two. */
  why: z.string().min(20),
  /** What to write down, exactly enough that two people would count the same way. */
  collect: z.string().min(20),
  /** How often ("At each meeting", "Every three months"). */
  howOften: z.string().min(5).max(80),
  /** Who collects it (a role, not a name). */
  whoCollects: z.string().min(5).max(80),
  /** How to keep it private: what to leave out, where it lives, who sees it. */
  privacy: z.string().min(20),
  /** A published questionnaire to consider, only where we checked it exists and what its licence says. */
  instrument: exampleInstrument.optional(),
  /** When a person last checked it. */
  reviewed: isoDate,
});

export type EvaluationMeasureData = z.infer<typeof evaluationMeasureSchema>;
