export const home = {
  modulesHeading: 'The modules',
  start: (title: string) => `Start with ${title}`,
  resume: (title: string) => `Continue: ${title}`,
  bestScore: (percent: number) => `quiz ${percent}%`,
  totalMinutes: (minutes: number) => `${Math.round(minutes / 6) / 10} hours in all`,
} as const;
