import { z } from 'astro/zod';
import { contentText, isoDate, stableId } from './common';
import { quizOption } from './quizzes';

/**
 * The areas of everyday ethics the dilemma bank covers, so a trainer can pick dilemmas by theme and a
 * test can check the bank covers every area.
 */
export const dilemmaTopicIds = [
  'dual-relationships',
  'gifts-and-money',
  'social-media',
  'self-disclosure',
  'romance',
  'rides-and-housing',
  'family-confidentiality',
  'mandated-reporting',
  'mentor-return-to-use',
  'documentation',
  'team-and-policy',
] as const;
export const dilemmaTopic = z.enum(dilemmaTopicIds);
export type DilemmaTopicId = z.infer<typeof dilemmaTopic>;

/**
 * One ethical dilemma (`src/content/dilemmas/<id>.yaml`). The same data serves three uses: a practice
 * question with feedback on every option (the options), a role-play (`roleplay`, when one acts it out),
 * and a room-mode discussion (the situation, then `discussion`, then the worked reasoning).
 */
export const dilemmaSchema = z
  .object({
    /** A short name for the situation ("The holiday gift card"). */
    title: z.string().min(3).max(80),
    /** The area of ethics it belongs to. */
    topic: dilemmaTopic,
    /** What happens, told in two to five plain sentences. */
    situation: contentText(40),
    /** The decision the mentor faces ("What do you do first?"). */
    question: z.string().min(5),
    /** Possible responses, each with feedback on why it helps or harms. Exactly one is the best first step. */
    options: z.array(quizOption).min(3).max(5),
    /** The worked reasoning: the decision model's steps applied to this dilemma. */
    reasoning: contentText(80),
    /** Open questions for a group to discuss before the reasoning is shown. */
    discussion: z.array(contentText(10)).min(1).max(4),
    /** Id of a role-play that acts this dilemma out, if there is one. */
    roleplay: stableId.optional(),
    /** When a person last checked it. */
    reviewed: isoDate,
  })
  .superRefine((dilemma, ctx) => {
    const best = dilemma.options.filter((option) => option.correct).length;
    if (best !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a dilemma needs exactly one best option (correct: true); it has ${best}`,
      });
    const seen = new Set<string>();
    dilemma.options.forEach((option, index) => {
      if (seen.has(option.id))
        ctx.addIssue({ code: 'custom', path: ['options', index, 'id'], message: `duplicate option id "${option.id}"` });
      seen.add(option.id);
    });
  });

export type DilemmaData = z.infer<typeof dilemmaSchema>;
