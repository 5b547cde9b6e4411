import type { PlannerModule } from '../../../src/lib/planner/plan';

/** A small made-up curriculum, so the arithmetic in the tests is easy to follow. Optional items: 20 + 25 + 40 minutes. */
export const catalogue: PlannerModule[] = [
  {
    id: 'listening',
    title: 'Listening',
    order: 1,
    agenda: [
      { id: 'welcome', activity: 'Welcome', minutes: 10, kind: 'talk', core: true },
      { id: 'pairs-practice', activity: 'Pairs practice', minutes: 20, kind: 'pairs', core: false },
      { id: 'debrief', activity: 'Debrief', minutes: 30, kind: 'debrief', core: true },
    ],
  },
  {
    id: 'boundaries',
    title: 'Boundaries',
    order: 2,
    agenda: [
      { id: 'talk', activity: 'Talk', minutes: 15, kind: 'talk', core: true },
      { id: 'break', activity: 'Break', minutes: 5, kind: 'break', core: true },
      { id: 'triads', activity: 'Triads', minutes: 25, kind: 'triads', core: false },
    ],
  },
  {
    id: 'self-care',
    title: 'Self-care',
    order: 3,
    agenda: [{ id: 'reflection', activity: 'Reflection', minutes: 40, kind: 'reflection', core: false }],
  },
];
