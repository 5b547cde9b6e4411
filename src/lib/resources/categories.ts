/** Human names for resource categories, in the order the guide lists them. */
export const categoryLabels = {
  crisis: 'Crisis lines and emergencies',
  treatment: 'Finding treatment',
  medication: 'Medications for opioid use disorder',
  'mutual-aid': 'Mutual-aid and recovery groups',
  'harm-reduction': 'Harm reduction',
  family: 'Family and friends',
  'domestic-violence': 'Domestic violence',
  veterans: 'Veterans and service members',
  lgbtq: 'LGBTQ+ people',
  'young-people': 'Young people',
  housing: 'Housing and recovery residences',
  'employment-legal': 'Work and legal help',
  'recovery-community': 'Recovery community organizations',
} as const;
