export const roleplay = {
  contentNote: 'Content note',
  transcript: 'Conversation so far',
  /** The summary of the folded transcript once a role-play has ended. */
  transcriptFolded: (replies: number) => `The whole conversation, with coaching (${replies} ${replies === 1 ? 'reply' : 'replies'})`,
  you: 'You',
  coaching: 'Coaching',
  skill: 'Skill',
  whatDoYouSay: 'What do you say?',
  stepBack: 'Step back',
  startOver: 'Start over',
  rapport: 'Trust',
  rapportLevels: {
    'pulling-away': 'pulling away',
    guarded: 'guarded',
    steady: 'steady',
    warming: 'warming up',
    open: 'open and talking',
  },
  rapportValue: (level: string, value: number, max: number) =>
    `${level} (${value > 0 ? '+' : ''}${value} on a scale of −${max} to +${max})`,
  announceChoice: (feedback: string, name: string, says: string) => `Coaching: ${feedback} ${name} says: ${says}`,
  endingHeading: 'How it ended',
  outcome: { strong: 'Strong ending', mixed: 'Mixed ending', missed: 'Missed ending' },
  pathHeading: 'Your path and the recommended path',
  columns: { moment: 'They said', yours: 'You said', tryNext: 'Try next time', thinking: 'What they were thinking' },
  /** After a reply that was the recommended one. */
  same: '— the recommended reply',
  skillsHeading: 'Skills you used',
  keyLearning: 'Key learning',
  allRecommended: 'You chose the recommended reply at every step.',
  resourcesHeading: 'Resources for this situation',
  backAnnounce: 'Stepped back one reply.',
  restartAnnounce: 'Started over from the beginning.',
  /** The rest of the conversation is read from the site at the first reply; said if that fails. */
  unavailable: 'The conversation could not load. Check your connection, then choose your reply again.',
  /** A spoken line: the words in quotation marks, a stage direction apart in brackets (SpokenLine, on the page and in print). */
  quoted: (says: string) => `“${says}”`,
  direction: (direction: string) => `(${direction})`,
} as const;
