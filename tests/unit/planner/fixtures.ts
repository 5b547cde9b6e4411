import type { PlannerModule } from '../../../src/lib/planner/plan';

/** A small made-up curriculum, so the arithmetic in the tests is easy to follow. */
export const catalogue: PlannerModule[] = [
  {
    id: 'listening',
    title: 'Listening',
    order: 1,
    agenda: [
      { activity: 'Welcome', minutes: 10, kind: 'talk' },
      { activity: 'Pairs practice', minutes: 20, kind: 'pairs' },
      { activity: 'Debrief', minutes: 30, kind: 'debrief' },
    ],
  },
  {
    id: 'boundaries',
    title: 'Boundaries',
    order: 2,
    agenda: [
      { activity: 'Talk', minutes: 15, kind: 'talk' },
      { activity: 'Break', minutes: 5, kind: 'break' },
      { activity: 'Triads', minutes: 25, kind: 'triads' },
    ],
  },
  {
    id: 'self-care',
    title: 'Self-care',
    order: 3,
    agenda: [{ activity: 'Reflection', minutes: 40, kind: 'reflection' }],
  },
];
