export const status = {
  'not-started': '',
  visited: 'Visited',
  'in-progress': 'In progress',
  completed: 'Completed',
} as const;
