import { z } from 'astro/zod';
import { expandSharedText, sharedTextNames } from '../../lib/safety/shared-text';

/**
 * Stable ids are lowercase words joined by hyphens. Saved progress is keyed by them,
 * so an id must never change once published: renaming one orphans a learner's answers.
 */
export const stableId = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens (e.g. "open-questions")');

/** A calendar date written as YYYY-MM-DD in YAML or frontmatter. */
export const isoDate = z.coerce.date();

/** A public source that facts were checked against. */
export const source = z.object({
  /** Title of the document, page or book. */
  title: z.string().min(3),
  /** Who published it (e.g. "SAMHSA", "988 Suicide & Crisis Lifeline"). */
  publisher: z.string().min(2),
  /** Year of publication or of the version consulted. */
  year: z.number().int().min(1950).max(2100).optional(),
  /** Where a reader can find it. Shown as text, never fetched by the site. */
  url: z.string().url().optional(),
});

/**
 * The twelve competency areas in SAMHSA's "Core Competencies for Peer Workers in
 * Behavioral Health Services" (2015). Modules, questions and exercises tag the areas they build.
 */
export const competencyIds = [
  'engages-peers',
  'provides-support',
  'shares-lived-experience',
  'personalizes-support',
  'supports-recovery-planning',
  'links-to-resources',
  'provides-information',
  'helps-manage-crises',
  'values-communication',
  'supports-collaboration',
  'promotes-leadership',
  'promotes-growth',
] as const;

export const competency = z.enum(competencyIds);
export type CompetencyId = z.infer<typeof competency>;

/**
 * A content string that may take shared text by name, `{{confidentiality-script}}` for example
 * (src/lib/safety/shared-text.ts). The name is replaced when the content is loaded; an unknown name
 * fails validation.
 */
export const contentText = (min: number) =>
  z
    .string()
    .min(min)
    .transform((text, ctx) => {
      const result = expandSharedText(text);
      for (const name of result.unknown) {
        ctx.addIssue({ code: 'custom', message: `unknown shared text "{{${name}}}"; known: ${sharedTextNames.join(', ')}` });
      }
      return result.text;
    });
