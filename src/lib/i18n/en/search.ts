export const search = {
  label: 'Search the training',
  placeholder: 'Search modules and resources',
  submit: 'Search',
  loading: 'Loading search…',
  unavailable: 'Search could not load. Try reloading the page; the module list on the home page always works.',
  noResults: (query: string) => `No results for “${query}”. Try fewer or different words.`,
  results: (count: number, query: string) => `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`,
  close: 'Close search results',
  helpTitle: 'If someone is in danger now',
  helpIntro: 'You do not have to handle this alone. Reach trained help first; the results are below.',
  helpAnnounce: 'Help lines are shown first.',
  /** Said in Spanish when a search in Spanish suggests danger, above the same lines' Spanish options. */
  helpIntroEs: 'No tiene que enfrentar esto solo. Llame o envíe un mensaje de texto ahora; hay ayuda en español.',
  sections: (title: string) => `Sections of ${title}`,
  noResultsHelp: 'If someone is in danger, go to',
  suggestionsIntro: 'Or try one of these:',
  /** What people most often need, as searches a person can run with one tap when nothing matched. */
  suggestions: ['naloxone', 'suicide warning signs', 'boundaries', 'open questions', 'crisis line', 'find treatment'],
} as const;
