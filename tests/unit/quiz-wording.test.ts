/**
 * A quiz's wording is said once: the page adds "Check your understanding: " to its title and "Choose all
 * that apply." under every select-all question, so the content must not say either again, and a module
 * places a quiz without a heading of its own above it.
 */
import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../src/content/schemas/quizzes';
import { describeIssues, loadModules } from './content-loader';

const option = (id: string, correct: boolean) => ({ id, text: `Option ${id}`, correct, feedback: 'Why this option helps or harms.' });
const quiz = (title: string, prompt: string) => ({
  module: 'boundaries',
  title,
  passMark: 0.8,
  questions: [
    {
      id: 'q1',
      kind: 'multiple',
      prompt,
      competency: 'values-communication',
      explanation: 'The teaching point of this question.',
      options: [option('a', true), option('b', false)],
    },
  ],
});

describe('quiz wording the page already adds', () => {
  it('rejects a title that repeats "Check your understanding"', () => {
    const result = quizSchema.safeParse(quiz('Check your learning: boundaries', 'Which of these help?'));
    expect(describeIssues('quiz.yaml', result.error!)).toEqual([
      'quiz.yaml: title: give the topic only: the page heading adds "Check your understanding: "',
    ]);
  });

  it('rejects a prompt that says "Select all that apply"', () => {
    const result = quizSchema.safeParse(quiz('Boundaries', 'Which of these help? Select all that apply.'));
    expect(describeIssues('quiz.yaml', result.error!)).toEqual([
      'quiz.yaml: questions.0.prompt: leave out "all that apply": the page adds it to every select-all question',
    ]);
    expect(quizSchema.safeParse(quiz('Boundaries', 'Which of these help?')).success).toBe(true);
  });

  for (const module of loadModules()) {
    it(`${module.file}: places its quiz without a heading of its own (the quiz has one)`, () => {
      const headed = [...(module.body ?? '').matchAll(/^(#+ .*)\n+<Quiz id="([^"]+)"/gm)];
      expect(
        headed.map(([, heading, id]) => `${module.file}: "${heading}" above <Quiz id="${id}" /> repeats the quiz's own heading`),
      ).toEqual([]);
    });
  }
});
