export const planner = {
  title: 'Session planner',
  description:
    'Plan a group session: choose modules and activities, set a start time and breaks, ' +
    'then print a timed run sheet or share the plan as a link.',
  intro:
    'Choose the modules and activities for a group session, set when it starts and how long the breaks are, ' +
    'and get a run sheet with a start and end time for every activity. The plan is kept in the page address only: ' +
    'copy the link to share it or come back to it.',
  needsScript:
    'The planner needs JavaScript, which is turned off or still loading. ' +
    'Each module’s facilitator agenda lists its activities and minutes.',
  whenLegend: 'When',
  dateLabel: 'Date (optional)',
  startLabel: 'Start time',
  startError: 'Enter a start time, such as 09:30. The run sheet keeps the last time that worked.',
  breakLabel: 'Break between modules, in minutes',
  breakHint: (max: number) => `0 for no break; up to ${max}.`,
  breakError: (min: number, max: number) => `Enter whole minutes from ${min} to ${max}. The run sheet keeps the last length that worked.`,
  modulesLegend: 'Modules to teach',
  moduleMinutes: (minutes: number, core: number) => `${minutes} min with a group; ${core} min core`,
  moduleNumber: (order: number) => `Module ${order}`,
  activitiesHeading: 'Activities',
  activitiesIntro: 'Untick an activity to leave it out, or add a break after it.',
  activitiesLegend: (title: string) => `Activities in ${title}`,
  activityMeta: (minutes: number, kind: string, core: boolean) => `${minutes} min, ${kind}${core ? '' : ', optional'}`,
  moveEarlier: 'Move earlier',
  moveLater: 'Move later',
  moved: (title: string, position: number, count: number) => `${title} is now ${position} of ${count} in the session.`,
  addBreak: 'Add break after',
  breakAfterLabel: (activity: string) => `Break after “${activity}”, in minutes`,
  removeBreak: 'Remove break',
  /** Read after "Remove break" by a screen reader, to say which break. */
  removeBreakAfter: (activity: string) => ` after “${activity}”`,
  breakAdded: (activity: string) => `Break added after “${activity}”.`,
  breakRemoved: (activity: string) => `Break after “${activity}” removed.`,
  noModules: 'Choose at least one module to see the run sheet.',
  leftOut: (titles: string) => `Every activity in ${titles} is left out, so it is not on the run sheet.`,
  runSheetHeading: 'Run sheet',
  caption: (when: string) => `Run sheet: ${when}`,
  columns: { start: 'Start', end: 'End', activity: 'Activity', kind: 'Kind', minutes: 'Minutes' },
  subtotal: (title: string) => `Subtotal: ${title}`,
  total: 'Total',
  addedBreak: 'Break',
  betweenModules: 'Break between modules',
  kinds: {
    talk: 'Talk',
    discussion: 'Discussion',
    pairs: 'Pairs',
    triads: 'Triads',
    'role-play': 'Role-play',
    quiz: 'Quiz',
    reflection: 'Reflection',
    debrief: 'Debrief',
    break: 'Break',
  } as Record<string, string>,
  /** 13:05 -> "1:05 PM". A second language would choose its own clock here. */
  time: (hour: number, minute: number, day: number) =>
    `${((hour + 11) % 12) + 1}:${String(minute).padStart(2, '0')} ${hour < 12 ? 'AM' : 'PM'}` +
    (day === 0 ? '' : day === 1 ? ' (next day)' : ` (day ${day + 1})`),
  duration: (minutes: number) => {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return hours === 0 ? `${rest} min` : rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  },
  span: (start: string, end: string) => `${start} to ${end}`,
  summary: (duration: string, span: string, breaks: string) => `Total ${duration}, ${span}, with ${breaks} of breaks.`,
  shareHeading: 'Share or print',
  linkLabel: 'Link to this plan',
  copy: 'Copy link',
  copied: 'Link copied. Anyone who opens it sees this plan.',
  copyFallback: 'This browser did not let the page copy. The link is selected: press Ctrl+C (or Command+C on a Mac) to copy it.',
  print: 'Print run sheet',
  linkProblems: 'Some of this link could not be used, so it was left out:',
  linkIssue: {
    m: (value: string) => `no module called “${value}”`,
    start: (value: string) => `start time “${value}”`,
    date: (value: string) => `date “${value}”`,
    break: (value: string) => `break length “${value}”`,
    skip: (value: string) => `left-out activity “${value}”`,
    breaks: (value: string) => `added break “${value}”`,
    target: (value: string) => `target length “${value}”`,
  },
  /** Planning to a target length, and the trims the facilitator guides mark optional. */
  targetLabel: 'Target length',
  noTarget: 'No target',
  targetHeading: 'Against the target',
  targetFits: (total: string, target: string, spare: string | undefined) =>
    spare ? `Within the target: the plan takes ${total}, ${spare} under ${target}.` : `On target: the plan takes exactly ${target}.`,
  targetOver: (total: string, target: string, over: string) => `Over the target: the plan takes ${total}, ${over} more than ${target}.`,
  trimToFit: (target: string) => `Trim optional activities to fit ${target}`,
  trimsHeading: 'Optional activities you could leave out',
  trimsIntro: 'The facilitator guides mark these as optional: warm-ups, extra rounds and extension discussions.',
  leaveOut: 'Leave out',
  noTrimsLeft:
    'No optional activities are left to trim. To fit the target, leave out other activities or a module, shorten the breaks, or choose a longer target.',
  trimmed: (count: number, minutes: string) => `Left out ${count} optional ${count === 1 ? 'activity' : 'activities'} (${minutes}).`,
  trimmedNotEnough: 'Even without the optional activities the plan is over the target.',
  leftOutOne: (activity: string) => `Left out “${activity}”.`,
  sessionHeading: 'Run the session',
  sessionIntro:
    'Plays this run sheet in order on the projector: a slide for each talk, a timer for each activity, and the room-mode quizzes and role-plays where they come. A presenter view with your notes opens in a second window.',
  startSession: 'Start session',
} as const;
