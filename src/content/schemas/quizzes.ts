import { z } from 'astro/zod';
import { competency, contentText, stableId } from './common';

/** One answer a learner can pick. */
export const quizOption = z.object({
  /** Stable id, unique within its question ("a", "reflect-feeling"). */
  id: stableId,
  /** The answer as the learner reads it. */
  text: contentText(1),
  /** Whether this answer is right. */
  correct: z.boolean(),
  /** Why this answer helps or harms, shown next to it after checking. Required for every option. */
  feedback: contentText(10),
});

/** One question in a quiz. */
export const quizQuestion = z
  .object({
    /** Stable id, unique within the quiz. Saved answers are keyed by it. */
    id: stableId,
    /** `single`: one best answer (radio buttons). `multiple`: select all that apply (checkboxes). */
    kind: z.enum(['single', 'multiple']),
    /** Optional situation shown before the prompt ("Your mentee says: …"). */
    scenario: contentText(10).optional(),
    /**
     * The question itself. Leave out "Select all that apply": the page says it under every select-all
     * question, so the prompt would say it twice.
     */
    prompt: z
      .string()
      .min(5)
      .refine((prompt) => !/all that apply/i.test(prompt), 'leave out "all that apply": the page adds it to every select-all question'),
    /** The SAMHSA competency area this question checks. */
    competency,
    /** The teaching point, shown once the question is answered. */
    explanation: contentText(10),
    /** The answers, in the order shown. */
    options: z.array(quizOption).min(2).max(8),
  })
  .superRefine((question, ctx) => {
    const correct = question.options.filter((option) => option.correct).length;
    if (question.kind === 'single' && correct !== 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a single-answer question needs exactly one correct option; "${question.id}" has ${correct}`,
      });
    }
    if (question.kind === 'multiple' && correct < 1) {
      ctx.addIssue({
        code: 'custom',
        path: ['options'],
        message: `a select-all question needs at least one correct option; "${question.id}" has none`,
      });
    }
    const seen = new Set<string>();
    question.options.forEach((option, index) => {
      if (seen.has(option.id)) {
        ctx.addIssue({ code: 'custom', path: ['options', index, 'id'], message: `duplicate option id "${option.id}"` });
      }
      seen.add(option.id);
    });
  });

/** A quiz file (`src/content/quizzes/<module>/<quiz>.yaml`). */
export const quizSchema = z
  .object({
    /** Id of the module this quiz belongs to. The tests check that the module exists. */
    module: stableId,
    /**
     * What the quiz covers ("Active listening"). The page heading adds "Check your understanding: ", so
     * the title does not say it again.
     */
    title: z
      .string()
      .min(3)
      .refine((title) => !/check (your|what)/i.test(title), 'give the topic only: the page heading adds "Check your understanding: "'),
    /** Fraction of questions a learner must get right to pass, from 0.5 to 1. */
    passMark: z.number().min(0.5).max(1),
    /** The questions, in order. */
    questions: z.array(quizQuestion).min(1),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((question, index) => {
      if (seen.has(question.id)) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `duplicate question id "${question.id}"` });
      }
      seen.add(question.id);
    });
  });

export type QuizData = z.infer<typeof quizSchema>;
export type QuizQuestion = z.infer<typeof quizQuestion>;
