/** One small quiz the quiz, session and room tests share: a single-answer and a multiple-answer question. */
export const single = {
  id: 'q1',
  kind: 'single' as const,
  competency: 'values-communication',
  options: [
    { id: 'a', correct: false },
    { id: 'b', correct: true },
  ],
};
export const multiple = {
  id: 'q2',
  kind: 'multiple' as const,
  competency: 'provides-support',
  options: [
    { id: 'a', correct: true },
    { id: 'b', correct: false },
    { id: 'c', correct: true },
  ],
};
export const quiz = { passMark: 0.75, questions: [single, multiple] };
