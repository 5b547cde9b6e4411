/** The dilemma bank: practice on the ethics module page, and discussion in room mode. */
export const dilemmas = {
  quizTitle: 'Ethical dilemmas',
  /** The bank's heading on the module page: practice, so not "Check your understanding". */
  practiceHeading: 'Practise: ethical dilemmas',
  practiceIntro: (count: number) =>
    `${count} dilemmas to practise the decision model. Choose what you would do first, then check it: you see feedback on ` +
    'every option and the reasoning step by step. Your answers are saved on this device. This is practice, so it does ' +
    'not count toward completing the module.',
  topicsHeading: 'Dilemmas by topic',
  topics: {
    'dual-relationships': 'Dual relationships',
    'gifts-and-money': 'Gifts and money',
    'social-media': 'Social media',
    'self-disclosure': 'Sharing your own story',
    romance: 'Romance',
    'rides-and-housing': 'Rides and housing',
    'family-confidentiality': 'Family and confidentiality',
    'mandated-reporting': 'Mandated reporting',
    'mentor-return-to-use': 'A mentor’s own return to use',
    documentation: 'Records and notes',
    'team-and-policy': 'Your team and its policies',
  },
  /** Shown above a dilemma's question in the bank, with the topic. */
  label: (title: string, topic: string) => `${title} (${topic})`,
  actItOut: 'Act it out: ',
  roomLink: 'Discuss it with a group in room mode',
  room: {
    indexTitle: 'Dilemmas for group discussion',
    indexIntro:
      'Each dilemma is a real-life ethics question for a group. Show the situation, let the room talk it through with the ' +
      'discussion questions, then show the options, and last the reasoning with feedback on every option. Nothing is saved.',
    indexLink: 'Dilemmas for group discussion',
    indexLinkAfter: ': everyday ethics situations to talk through with the decision model, by topic.',
    backToIndex: 'All dilemmas',
    steps: {
      situation: 'The situation',
      discussion: 'Questions for the group',
      options: 'The options',
      reasoning: 'The reasoning',
    },
    next: {
      situation: 'Discuss it',
      discussion: 'Show the options',
      options: 'Show the reasoning',
    },
    hint: {
      situation: 'Read the situation out loud, then let the room discuss.',
      discussion: 'Let the room talk before anyone sees the options.',
      options: 'Ask which option the room would choose first, and why.',
    },
    bestFirstStep: (letter: string) => `The best first step: ${letter}.`,
    feedbackHeading: 'Why each option helps or harms',
    best: 'Best first step:',
    notBest: 'Not the best first step:',
    announce: {
      situation: (title: string) => `The situation: ${title}.`,
      discussion: (count: number) => `${count} ${count === 1 ? 'question' : 'questions'} for the group.`,
      options: (last: string) => `The options, A to ${last}.`,
      reasoning: (letter: string) => `The reasoning. The best first step is ${letter}.`,
    },
  },
};
