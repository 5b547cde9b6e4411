/** What the pages say about the two editions: a page that is only in the other language, and links to it. */
export const edition = {
  /** On a module page of the Spanish edition whose module is not written in Spanish yet. */
  notTranslatedHeading: 'This module is not in Spanish yet',
  notTranslatedBody: 'You can take it in English. Your progress is the same in both languages.',
  readInEnglish: (title: string) => `Take “${title}” in English`,
  /** After a link to a page that is only in English. */
  inEnglish: '(in English)',
} as const;
