export const quiz = {
  heading: (title: string) => `Check your understanding: ${title}`,
  intro: (count: number, passPercent: number) =>
    `${count} questions. Each answer comes with feedback on every option. ${passPercent}% or more passes; ` +
    'you can try any question again.',
  questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
  chooseAll: 'Choose all that apply.',
  check: 'Check answer',
  tryAgain: 'Try this question again',
  chooseFirst: 'Choose an answer first.',
  /** The quiz's answers are read from the site when first checked; said if that fails (offline, no copy saved). */
  unavailable: 'The answers could not load. Check your connection, then press Check answer again.',
  /** Shown on a question whose saved answer chose an option that has since been removed. */
  changed: 'This question has changed since you answered it, so your earlier answer was cleared. Answer it again.',
  correct: 'Correct.',
  incorrect: 'Not quite.',
  announce: (n: number, correct: boolean, explanation: string) => `Question ${n}: ${correct ? 'Correct.' : 'Not quite.'} ${explanation}`,
  marks: {
    'chosen-correct': 'Your answer — right',
    'chosen-wrong': 'Your answer — not the best choice',
    'missed-correct': 'Also right — you did not choose it',
    'the-answer': 'The right answer',
    'not-chosen': 'Not chosen',
  },
  whyHeading: 'Why',
  scoreHeading: 'Your result',
  score: (correct: number, total: number, percent: number) => `You got ${correct} of ${total} right (${percent}%).`,
  passed: 'You passed this quiz.',
  notPassed: (passPercent: number) => `The pass mark is ${passPercent}%. Try the questions you missed again.`,
  progressSoFar: (answered: number, total: number) => `${answered} of ${total} questions answered.`,
  revisit: 'Worth revisiting:',
  allGood: 'You answered every question correctly.',
  restart: 'Start the quiz again',
  restarted: 'Quiz cleared. Your best score is kept.',
  best: (percent: number) => `Best score so far: ${percent}%.`,
} as const;
