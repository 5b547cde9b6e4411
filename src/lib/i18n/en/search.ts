export const search = {
  label: 'Search the training',
  placeholder: 'Search modules and resources',
  submit: 'Search',
  loading: 'Loading search…',
  unavailable: 'Search could not load. Try reloading the page; the module list on the home page always works.',
  noResults: (query: string) => `No results for “${query}”. Try fewer or different words.`,
  /** Offline, search reads only the pages saved on this device (src/service-worker/sw.ts): say so rather than "try other words". */
  noResultsOffline: (query: string) =>
    `No results for “${query}” in the pages saved on this device. Online, search covers the whole course.`,
  results: (count: number, query: string) => `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`,
  close: 'Close search results',
  helpTitle: 'If someone is in danger now',
  helpIntro: 'You do not have to handle this alone. Reach trained help first; the results are below.',
  helpAnnounce: 'Help lines are shown first.',
  /** Said in Spanish when a search in Spanish suggests danger, above the same lines' Spanish options. */
  helpIntroEs:
    'Si alguien está en peligro ahora mismo, llama al 911. No tienes que pasar por esto sin ayuda: puedes llamar o enviar un mensaje de texto ahora.',
  /** Added to the Spanish intro only when a line on the card offers help in Spanish. */
  helpIntroEsSpanishLines: 'Hay ayuda en español.',
  /** What to do first, shown above the lines for a kind of crisis where calling is not enough (src/lib/search/crisis.ts kinds). */
  helpSteps: {
    overdose:
      'Won’t wake up, or not breathing normally? Call 911 now and put it on speaker. If they are not breathing or only gasping, ' +
      'start CPR. Give naloxone if you have it, without delaying CPR.',
    weapon:
      'A weapon and danger right now? Get yourself and others to safety and call 911. If someone may use it on themselves ' +
      'and it is safe to stay, stay with them and contact 988 together.',
  } as Partial<Record<string, string>>,
  /**
   * The same first steps in Spanish, for a search in Spanish (shown with lang="es"). Written by the team;
   * a native speaker's check is still advised.
   */
  helpStepsEs: {
    overdose:
      '¿La persona no se despierta o no respira normalmente? Llama al 911 ahora y pon el teléfono en altavoz. Si no respira o ' +
      'solo jadea, empieza la RCP: empuja fuerte y rápido en el centro del pecho. Si tienes naloxona (Narcan), úsala sin retrasar ' +
      'la RCP.',
  } as Partial<Record<string, string>>,
  /** After a line's name on the help card, when it fits only some people in danger. */
  lineNotes: { 'poison-help': 'if they are awake and breathing' } as Partial<Record<string, string>>,
  /** The same notes in Spanish, for a search in Spanish (shown with lang="es"). */
  lineNotesEs: { 'poison-help': 'si la persona está despierta y respira bien' } as Partial<Record<string, string>>,
  lineWithNote: (name: string, note: string) => `${name}, ${note}`,
  sections: (title: string) => `Sections of ${title}`,
  noResultsHelp: 'If someone is in danger, go to',
  suggestionsIntro: 'Or try one of these:',
  /** What people most often need, as searches a person can run with one tap when nothing matched. */
  suggestions: ['naloxone', 'suicide warning signs', 'boundaries', 'open questions', 'crisis line', 'find treatment'],
} as const;
