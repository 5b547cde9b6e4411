/** The practice pattern on the progress page, worked out from finished role-plays. */
export const practice = {
  heading: 'Your practice pattern',
  intro:
    'Worked out from every role-play finished in this browser. It stays on this device; it is here to help you notice your habits, not to grade you.',
  empty: 'Finish a role-play to see which kinds of reply you reach for.',
  decisions: (count: number) => `${count} ${count === 1 ? 'decision' : 'decisions'} counted.`,
  reachedHeading: 'The kinds of reply you reached for',
  reached: (skill: string, count: number) => `${skill}: ${count} ${count === 1 ? 'time' : 'times'}`,
  mismatchHeading: 'Where another kind of reply fitted better',
  mismatch: (chosen: string, fitted: string, count: number) =>
    `${chosen} where ${fitted.toLowerCase()} fitted: ${count} ${count === 1 ? 'time' : 'times'}`,
  practise: (skill: string, title: string) => `Practise ${skill.toLowerCase()}: ${title}`,
  allFitted: 'Every reply you chose was the kind that fitted the moment.',
} as const;
