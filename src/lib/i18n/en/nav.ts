export const nav = {
  label: 'Main',
  modules: 'Modules',
  resources: 'Resources',
  glossary: 'Words',
  progress: 'My progress',
  trainers: 'Trainers',
  about: 'About',
  help: 'Get help now',
  helpLong: 'Get help now: crisis lines and 911',
} as const;
