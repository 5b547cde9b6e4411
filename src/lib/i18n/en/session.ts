/** Running a planned session: slides, activities and room mode in run-sheet order, with a presenter view. */
export const session = {
  title: 'Run a session',
  description:
    'Play a planned session on the projector: a slide for each talk, a timer for each activity, with your notes in a presenter view.',
  intro:
    'The session plays the plan’s run sheet in order. Project this window (Full screen hides everything else) and move on with Next or a presenter clicker. ' +
    'Open the presenter view to see your notes and what comes next in a second window; either window moves both.',
  needsScript: 'Running a session needs JavaScript, which is turned off or still loading. The run sheet is in the session planner.',
  loading: 'Loading the session…',
  noPlan: 'This link has no modules in it, so there is no session to run. Choose modules in the session planner, then press Start session.',
  plannerLink: 'Open the session planner',
  backToPlan: 'Back to the plan',
  stepLabel: (number: number, count: number, module: string | undefined) => `Step ${number} of ${count}${module ? ` · ${module}` : ''}`,
  moduleLabel: (order: number, title: string) => `Module ${order}: ${title}`,
  next: 'Next',
  breakTitle: 'Break',
  betweenModules: 'Break between modules',
  meta: (kind: string, minutes: number, span: string) => `${kind}, ${minutes} min, ${span}`,
  objectivesHeading: 'In this session',
  pointsHeading: 'Key points',
  promptHeading: 'For the room',
  scenarioHeading: (title: string) => `Scenario: ${title}`,
  roomHeading: 'Run it with the room',
  roomHint: 'Room mode opens in this tab. Use your browser’s Back button to come back to this step.',
  openPresenter: 'Open presenter view',
  presenterHint:
    'A second window with your notes and what comes next. Move it to your own screen; Next and Back in either window move both.',
  presenterBlocked: 'The browser did not open a new window. Allow pop-ups for this site, or open this link in a new window:',
  presenterLink: 'Presenter view',
  presenterTitle: 'Presenter view',
  notesHeading: 'Your notes',
  noNotes: 'The facilitator guide has no notes for this step.',
  nextUpHeading: 'Next up',
  lastStep: 'This is the last step of the session.',
  announce: (number: number, count: number, title: string) => `Step ${number} of ${count}: ${title}.`,
} as const;
