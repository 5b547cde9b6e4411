/**
 * Every string the interface shows, in one place, so a second language can be added as a sibling
 * file without touching components. Content (modules, quizzes, role-plays) carries its own words.
 */
export const en = {
  siteName: 'Alongside',
  tagline: 'Free, private training for peer recovery mentors',
  skipToContent: 'Skip to main content',
  nav: {
    label: 'Main',
    modules: 'Modules',
    progress: 'My progress',
    about: 'About',
    help: 'Get help now',
    helpLong: 'Get help now: crisis lines and 911',
  },
  search: {
    label: 'Search the training',
    placeholder: 'Search modules and resources',
    submit: 'Search',
    loading: 'Loading search…',
    unavailable: 'Search could not load. Try reloading the page; the module list on the home page always works.',
    noResults: (query: string) => `No results for “${query}”. Try fewer or different words.`,
    results: (count: number, query: string) =>
      `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`,
    close: 'Close search results',
  },
  module: {
    objectives: 'In this module you will learn to',
    keyPoints: 'Key points',
    sources: 'Sources',
    reviewed: 'Content reviewed',
    minutes: (minutes: number) => `${minutes} min`,
    minutesLong: (minutes: number) => `about ${minutes} minutes`,
    contentNote: 'Content note',
    previous: 'Previous module',
    next: 'Next module',
    pagination: 'Module navigation',
    required: 'Required before working with a newcomer',
    prerequisites: 'Best taken after',
    moduleNumber: (order: number) => `Module ${order}`,
  },
  home: {
    modulesHeading: 'The modules',
    start: 'Start with module 1',
    totalMinutes: (minutes: number) => `${Math.round(minutes / 6) / 10} hours in all`,
  },
  footer: {
    scope: 'Alongside supports, and does not replace, certification, supervision or your local protocols.',
    privacy: 'No accounts, no cookies, no tracking. Your progress stays on this device.',
  },
} as const;

export type UiStrings = typeof en;
