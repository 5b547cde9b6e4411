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
    resources: 'Resources',
    glossary: 'Words',
    progress: 'My progress',
    trainers: 'Trainers',
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
    results: (count: number, query: string) => `${count} ${count === 1 ? 'result' : 'results'} for “${query}”`,
    close: 'Close search results',
    helpTitle: 'If someone is in danger now',
    helpIntro: 'You do not have to handle this alone. Reach trained help first; the results are below.',
    helpAnnounce: 'Help lines are shown first.',
    /** Said in Spanish when a search in Spanish suggests danger, above the same lines' Spanish options. */
    helpIntroEs:
      'Si alguien está en peligro ahora mismo, llame al 911. No tiene que pasar por esto sin ayuda: puede llamar o enviar un mensaje de texto ahora.',
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
        '¿La persona no se despierta o no respira normalmente? Llame al 911 ahora y ponga el teléfono en altavoz. Si no respira o ' +
        'solo boquea, empiece la RCP: empuje fuerte y rápido en el centro del pecho. Si tiene naloxona (Narcan), úsela sin retrasar ' +
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
    moduleOf: (order: number, total: number) => `Module ${order} of ${total}`,
  },
  status: {
    'not-started': '',
    visited: 'Visited',
    'in-progress': 'In progress',
    completed: 'Completed',
  },
  home: {
    modulesHeading: 'The modules',
    start: (title: string) => `Start with ${title}`,
    resume: (title: string) => `Continue: ${title}`,
    bestScore: (percent: number) => `quiz ${percent}%`,
    totalMinutes: (minutes: number) => `${Math.round(minutes / 6) / 10} hours in all`,
  },
  course: {
    progressLabel: 'Course progress',
    progress: (done: number, total: number) => `${done} of ${total} modules completed`,
    required: (done: number, total: number) => `${done} of ${total} required modules completed`,
    /** Signs beside a module's name (the words beside or inside them say the same for screen readers). */
    marks: { completed: '✓', 'in-progress': '◐' } as Record<string, string>,
    /** A module's status read after its name in a link. */
    afterName: (status: string) => `, ${status}`,
    done: 'done',
    notYet: 'not yet',
    completedOn: (date: string) => `You completed this module on ${date}.`,
    justCompleted: (title: string) => `Module completed: ${title}.`,
    recordReady: 'You have completed every required module. Your record of training is ready to print.',
    recordNotReady: (done: number, total: number) =>
      `Your record of training is offered once the ${total} required modules are completed: ${done} of ${total} so far.`,
  },
  practice: {
    heading: 'Your practice pattern',
    intro:
      'Worked out from every role-play finished in this browser. It stays on this device; it is here to help you notice your habits, not to grade you.',
    empty: 'Finish a role-play to see which kinds of reply you reach for.',
    decisions: (count: number) => `${count} ${count === 1 ? 'decision' : 'decisions'} counted.`,
    reachedHeading: 'The kinds of reply you reached for',
    reached: (skill: string, count: number) => `${skill}: ${count} ${count === 1 ? 'time' : 'times'}`,
    mismatchHeading: 'Where another kind of reply fitted better',
    mismatch: (chosen: string, fitted: string, count: number) =>
      `${chosen} where ${fitted.toLowerCase()} fitted: ${count} ${count === 1 ? 'time' : 'times'}`,
    practise: (skill: string, title: string) => `Practise ${skill.toLowerCase()}: ${title}`,
    allFitted: 'Every reply you chose was the kind that fitted the moment.',
  },
  storage: {
    blocked:
      'This browser is not letting Alongside use its storage (it may be turned off in the browser’s settings, or blocked in this ' +
      'kind of window). Your work is kept only until you close this tab. To keep it, export your progress from My progress.',
    full:
      'This browser’s storage is full, so new progress cannot be saved. What you saved before is still here, and new work is ' +
      'kept until you close this tab. To keep it all, export your progress from My progress.',
    unavailable:
      'This browser has stopped letting Alongside save changes. What you saved before is still here, and new work is kept ' +
      'until you close this tab. To keep it all, export your progress from My progress.',
    recoveredAll:
      'Saved progress on this device could not be read, so Alongside started fresh. A copy of it is kept: you can download ' +
      'it or try to restore it from My progress.',
    recoveredSome: (count: number) =>
      `${count === 1 ? 'One saved item' : `${count} saved items`} could not be read and ${count === 1 ? 'was' : 'were'} left out; ` +
      'everything else is here. A copy of the original is kept: you can download it or try to restore it from My progress.',
    untouched:
      'Saved progress on this device could not be read in full, and there is no room to keep a copy, so Alongside has left ' +
      'it untouched and will not save over it. Download it from My progress, then clear it there to start saving again.',
    newerVersion:
      'Progress on this device was saved by a newer version of Alongside, so it has been left untouched and new work is not ' +
      'saved. Reload the page to get the newest version; you can also export it from My progress.',
    exportLink: 'Go to My progress',
    noticeLabel: 'Progress: ',
  },
  quiz: {
    heading: (title: string) => `Check your understanding: ${title}`,
    intro: (count: number, passPercent: number) =>
      `${count} questions. Each answer comes with feedback on every option. ${passPercent}% or more passes; ` +
      'you can try any question again.',
    questionOf: (n: number, total: number) => `Question ${n} of ${total}`,
    chooseAll: 'Choose all that apply.',
    check: 'Check answer',
    tryAgain: 'Try this question again',
    chooseFirst: 'Choose an answer first.',
    /** Shown on a question whose saved answer chose an option that has since been removed. */
    changed: 'This question has changed since you answered it, so your earlier answer was cleared. Answer it again.',
    correct: 'Correct.',
    incorrect: 'Not quite.',
    announce: (n: number, correct: boolean, explanation: string) => `Question ${n}: ${correct ? 'Correct.' : 'Not quite.'} ${explanation}`,
    marks: {
      'chosen-correct': 'Your answer — right',
      'chosen-wrong': 'Your answer — not the best choice',
      'missed-correct': 'Also right — you did not choose it',
      'the-answer': 'The right answer',
      'not-chosen': 'Not chosen',
    },
    whyHeading: 'Why',
    scoreHeading: 'Your result',
    score: (correct: number, total: number, percent: number) => `You got ${correct} of ${total} right (${percent}%).`,
    passed: 'You passed this quiz.',
    notPassed: (passPercent: number) => `The pass mark is ${passPercent}%. Try the questions you missed again.`,
    progressSoFar: (answered: number, total: number) => `${answered} of ${total} questions answered.`,
    revisit: 'Worth revisiting:',
    allGood: 'You answered every question correctly.',
    restart: 'Start the quiz again',
    restarted: 'Quiz cleared. Your best score is kept.',
    best: (percent: number) => `Best score so far: ${percent}%.`,
  },
  roleplay: {
    heading: (title: string) => `Role-play: ${title}`,
    contentNote: 'Content note',
    youAreTalkingWith: (name: string) => `You are talking with ${name}`,
    transcript: 'Conversation so far',
    /** The summary of the folded transcript once a role-play has ended. */
    transcriptFolded: (replies: number) => `The whole conversation, with coaching (${replies} ${replies === 1 ? 'reply' : 'replies'})`,
    you: 'You',
    coaching: 'Coaching',
    skill: 'Skill',
    whatDoYouSay: 'What do you say?',
    stepBack: 'Step back',
    startOver: 'Start over',
    rapport: 'Trust',
    rapportLevels: {
      'pulling-away': 'pulling away',
      guarded: 'guarded',
      steady: 'steady',
      warming: 'warming up',
      open: 'open and talking',
    },
    rapportValue: (level: string, value: number, max: number) =>
      `${level} (${value > 0 ? '+' : ''}${value} on a scale of −${max} to +${max})`,
    announceChoice: (feedback: string, name: string, says: string) => `Coaching: ${feedback} ${name} says: ${says}`,
    endingHeading: 'How it ended',
    outcome: { strong: 'Strong ending', mixed: 'Mixed ending', missed: 'Missed ending' },
    pathHeading: 'Your path and the recommended path',
    columns: { moment: 'They said', yours: 'You said', tryNext: 'Try next time', thinking: 'What they were thinking' },
    /** After a reply that was the recommended one. */
    same: '— the recommended reply',
    skillsHeading: 'Skills you used',
    keyLearning: 'Key learning',
    allRecommended: 'You chose the recommended reply at every step.',
    resourcesHeading: 'Resources for this situation',
    backAnnounce: 'Stepped back one reply.',
    restartAnnounce: 'Started over from the beginning.',
    readyHint: 'The conversation starts when the page has loaded.',
    /** The printed handout: the conversation's decisions along the recommended path, with the replies on offer. */
    handoutHeading: 'The conversation, one decision at a time',
    handoutDecision: (n: number, total: number) => `Decision ${n} of ${total}`,
    handoutAsk: 'Some of these replies are unsafe on purpose. Choose one and say why, or write your own. Your trainer has the answers.',
    /** After the last decision of a printed role-play that touches a risk: the branch the handout does not follow. */
    handoutWhatIf: (name: string) =>
      `What if ${name} refuses to call, or things get more dangerous? What would you do then, and who would you call?`,
    /** A printed line: the words in quotation marks, a stage direction apart in brackets (SpokenLine). */
    quoted: (says: string) => `“${says}”`,
    direction: (direction: string) => `(${direction})`,
  },
  skills: {
    'open-question': 'Open question',
    'closed-question': 'Closed question',
    affirmation: 'Affirmation',
    'simple-reflection': 'Simple reflection',
    'complex-reflection': 'Complex reflection',
    summary: 'Summary',
    'righting-reflex': 'Advice-giving (righting reflex)',
    'advice-with-permission': 'Advice with permission',
    'self-disclosure': 'Self-disclosure',
    boundary: 'Boundary',
    referral: 'Referral',
    'safety-check': 'Safety check',
    silence: 'Silence',
    judgement: 'Judgement',
    reassurance: 'Reassurance',
  } as Record<string, string>,
  planner: {
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
    /** "2026-11-25" -> "Wednesday, November 25, 2026" (read as a calendar date, whatever the time zone). */
    date: (isoDate: string) =>
      new Intl.DateTimeFormat('en-US', { dateStyle: 'full', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`)),
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
  },
  /** Running a planned session: slides, activities and room mode in run-sheet order, with a presenter view. */
  session: {
    title: 'Run a session',
    description:
      'Play a planned session on the projector: a slide for each talk, a timer for each activity, with your notes in a presenter view.',
    intro:
      'The session plays the plan’s run sheet in order. Project this window (Full screen hides everything else) and move on with Next or a presenter clicker. ' +
      'Open the presenter view to see your notes and what comes next in a second window; either window moves both.',
    needsScript: 'Running a session needs JavaScript, which is turned off or still loading. The run sheet is in the session planner.',
    loading: 'Loading the session…',
    noPlan:
      'This link has no modules in it, so there is no session to run. Choose modules in the session planner, then press Start session.',
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
  },
  progress: {
    title: 'My progress',
    intro: 'Your progress is saved in this browser on this device only. Nothing is sent anywhere.',
    nextHeading: 'What to do next',
    next: (title: string) => `Continue with ${title}`,
    allDone: 'You have completed every module. Well done. Revisit any module to refresh your skills.',
    nothingYet: 'You have not started yet.',
    modulesHeading: 'Modules',
    quiz: 'Quiz',
    roleplays: 'Role-plays',
    notAttempted: 'not tried yet',
    answered: (answered: number, total: number) => `${answered} of ${total} answered`,
    bestScore: (percent: number, passed: boolean) => `best score ${percent}%${passed ? ', passed' : ''}`,
    attempts: (count: number) => `${count} ${count === 1 ? 'attempt' : 'attempts'}`,
    outcome: { strong: 'best ending: strong', mixed: 'best ending: mixed', missed: 'best ending: missed' },
    inProgress: 'half-way through',
    open: 'Open module',
    transferHeading: 'Move your progress to another device',
    transferIntro: 'Export saves a small file to this device. Import it on another device or browser to carry on there.',
    export: 'Export my progress',
    exported: (name: string, items: number) =>
      items === 0
        ? `${name} was saved to your downloads. It holds no progress yet: nothing has been saved on this device.`
        : `${name} was saved to your downloads, with ${items} ${items === 1 ? 'item' : 'items'} of progress.`,
    exportedNewer: (name: string) =>
      `${name} was saved to your downloads. It holds progress saved by a newer version of Alongside, exactly as it was; ` +
      'import it where that version runs.',
    importLabel: 'Import a progress file',
    importReading: 'Reading the file…',
    previewHeading: 'This file contains',
    previewModules: 'Modules visited',
    previewQuizzes: 'Quizzes answered',
    previewRoleplays: 'Role-plays played',
    previewResources: 'Resources saved',
    previewExported: 'Exported on',
    ignored: (items: string[], more: number) =>
      `Some items are for content that no longer exists and will be skipped: ${items.join(', ')}` +
      (more > 0 ? `, and ${more} more.` : '.'),
    previewNoDate: 'not recorded',
    merge: 'Merge with the progress on this device',
    replace: 'Replace the progress on this device',
    cancel: 'Cancel',
    imported: 'Your progress was imported.',
    importCancelled: 'Import cancelled. Nothing was changed.',
    clearHeading: 'Clear my progress',
    clearIntro: 'On a shared computer, clear your progress when you finish.',
    clear: 'Clear my progress…',
    confirmHeading: 'Clear all progress on this device?',
    confirmText:
      'This removes every visit, quiz answer, role-play result and saved resource from this browser. It cannot be undone. ' +
      'Export first if you want a copy.',
    confirm: 'Yes, clear everything',
    cleared: 'Your progress was cleared from this device.',
    clearedMemoryOnly:
      'This browser is not letting Alongside use its storage, so nothing was saved on this device. The progress in this tab was cleared.',
    clearFailed:
      'This browser would not let Alongside remove your progress, so it is still saved on this device. Try again, or use your ' +
      'browser’s settings to clear this site’s data.',
    backupsHeading: 'Copies of progress that could not be read',
    backupsIntro:
      'When saved progress cannot be read in full, Alongside keeps a copy before starting again. You can download a copy, ' +
      'restore what can still be read from it into your progress, or delete it.',
    backupMade: (date: string) => `Copy made on ${date}`,
    backupItems: (items: number) =>
      items === 0 ? 'Nothing in it can be read by this version.' : `${items} ${items === 1 ? 'item' : 'items'} can be read.`,
    backupNewer: 'Saved by a newer version of Alongside.',
    backupDownload: 'Download this copy',
    backupRestore: 'Restore what can be read',
    backupDelete: 'Delete this copy',
    backupRestored: (items: number) => `${items} ${items === 1 ? 'item was' : 'items were'} restored into your progress.`,
    backupNotRestored: 'Nothing in this copy could be restored. You can still download it.',
    backupDeleted: 'The copy was deleted.',
    backupNotDeleted: 'This browser would not let Alongside delete the copy.',
    untouchedHeading: 'Unreadable progress left in place',
    untouchedDownload: 'Download the unreadable progress',
    backupFileName: (date: string) => `alongside-unreadable-progress-${date}.json`,
  },
  record: {
    title: 'Record of training',
    intro: 'A printable record of the modules you completed in Alongside on this device, to show a trainer or supervisor.',
    nameLabel: 'Your name (printed on the record, not saved)',
    honest:
      'Self-reported from this device. Alongside has no accounts, so it cannot confirm who completed this training or check these results.',
    module: 'Module',
    completed: 'Completed on',
    quiz: 'Best quiz score',
    roleplays: 'Role-plays finished',
    notCompleted: 'Not completed',
    roleplaysDone: (done: number, total: number) => `${done} of ${total}`,
    summary: (done: number, total: number) => `${done} of ${total} modules completed.`,
    signatureHeading: 'Trainer or supervisor',
    signature: 'Signature',
    signatureName: 'Name and role',
    date: 'Date',
    print: 'Print this record',
    printedOn: (date: string) => `Printed on ${date}.`,
  },
  offline: {
    ready: 'Available offline: this site is saved on this device, so it works without a connection.',
    /** Before the person chooses the whole course: only the essentials are saved. */
    readyEssentials: 'Available offline: help, the resource guide, the crisis module and search are saved on this device.',
    wholeCourse: 'Make the whole course work offline',
    /** After the button's text: the download it means, computed at build. */
    courseSize: (size: string) => `(${size})`,
    savingCourse: 'Saving the whole course on this device…',
    courseFailed: 'The whole course could not be saved. Check your connection and try again.',
    /** The browser asks sites to save data (Save-Data), so nothing is downloaded until the person asks. */
    saveData: 'Your browser asks sites to save data, so Alongside has not saved anything for offline use.',
    update: 'A new version of Alongside is ready.',
    reload: 'Reload to update',
    paused: 'This tab is not keeping an offline copy of the site, because everything Alongside saved here was forgotten.',
    keep: 'Keep an offline copy on this device',
    saving: 'Saving an offline copy of the site on this device…',
    refused: 'This browser did not let Alongside save an offline copy. The site still works while you are online.',
  },
  device: {
    heading: 'Using a shared computer?',
    sessionLabel: 'Keep my progress only until I close this browser',
    sessionOnHelp: 'Your progress is kept for this browser session only. Close the browser when you finish and it is gone.',
    sessionOffHelp: 'Your progress is saved on this device until you clear it.',
    sessionFailed: 'This browser would not let Alongside change where progress is kept. Nothing was lost.',
    sessionChanged: (on: boolean) => (on ? 'Shared-computer mode is on.' : 'Shared-computer mode is off.'),
    forget: 'Forget everything on this device…',
    forgetHeading: 'Forget everything Alongside saved on this device?',
    forgetText:
      'This removes your progress, saved resources and settings, and the offline copy of the site, from this browser. It cannot be undone.',
    forgetConfirm: 'Yes, forget everything',
    forgotten: 'Everything Alongside saved on this device has been removed.',
    forgetParts: { saved: 'your progress, saved resources and settings', offline: 'the offline copy of the site' },
    forgetRemoved: (parts: string[]) => `Alongside removed ${parts.join(' and ')}.`,
    forgetRefused: {
      saved: 'This browser did not let Alongside remove your progress, saved resources and settings.',
      offline: 'This browser did not let Alongside remove its offline copy of the site.',
    },
    forgetRest: "To remove what is left, clear this site's data in your browser's settings.",
  },
  frame: {
    refused:
      'Alongside is shown inside another website here, so it will not forget, clear or import anything. ' +
      'Open Alongside in its own tab to do that.',
  },
  room: {
    indexTitle: 'Room mode',
    indexIntro:
      'Run a role-play or a quiz with a whole group, on a projector or a shared screen in a video call. ' +
      'One step at a time in large type: the room discusses each decision, you record what the room chose (and, if you like, ' +
      'how the votes fell), then reveal the coaching. Nothing a room does is saved to your own progress.',
    indexHowHeading: 'How to run it',
    indexHow: [
      'Open an activity below and share or project the browser window. Full screen hides everything else.',
      'Move on with Next, or with a presenter clicker or the keyboard: → or Page Down for next, ← or Page Up for back.',
      'Count votes with + and −, pick the room’s choice, then reveal the coaching or the answer.',
      'Finish with the group debrief: the room’s path beside the recommended one, and what the other person was thinking.',
    ],
    roleplays: 'Role-plays',
    quizzes: 'Quizzes',
    moduleHeading: (order: number, title: string) => `Module ${order}: ${title}`,
    pageTitle: (title: string) => `Room mode: ${title}`,
    allActivities: 'All room activities',
    fromModule: 'From the module',
    keys: {
      button: 'Keys',
      heading: 'Presenter keys',
      actions: {
        next: 'Next, or reveal the coaching or the answer',
        back: 'Back',
        timer: 'Start or pause the discussion timer',
        blank: 'Blank the screen, or show it again',
        keys: 'Show or hide this list',
      },
      names: {
        ArrowRight: '→',
        PageDown: 'Page Down',
        Space: 'Space',
        ArrowLeft: '←',
        PageUp: 'Page Up',
        ShiftSpace: 'Shift + Space',
        T: 'T',
        B: 'B',
        Period: '.',
        Question: '?',
      },
      or: 'or',
      note: 'A presenter clicker sends these keys too. They work anywhere on the page except while typing in the search box.',
      close: 'Close',
    },
    blankShow: 'The screen is blank. Press B, or select here, to show it again.',
    pageOf: (page: number, pages: number) => `page ${page} of ${pages}`,
    pagedHeading: (heading: string, page: number, pages: number) => (pages > 1 ? `${heading}, page ${page} of ${pages}` : heading),
    nextPage: 'Next page',
    chartCount: (count: number, percent: number) => `${count} (${percent}%)`,
    notSaved: 'Room mode keeps this session in this browser tab only. It does not change your own progress.',
    readyHint: 'The controls work once the page has loaded.',
    back: 'Back',
    next: 'Next',
    startAgain: 'Start again',
    startAgainAnnounce: 'Started again from the beginning.',
    resumed: 'Picked up where this room left off in this tab.',
    fullScreen: 'Full screen',
    leaveFullScreen: 'Leave full screen',
    blocked: {
      'choose-first': 'Pick the room’s choice first.',
      'at-start': 'This is the first step.',
      'at-end': 'This is the last step.',
    },
    votesFor: (letter: string) => `Votes for ${letter}`,
    addVote: (letter: string) => `Add a vote for ${letter}`,
    removeVote: (letter: string) => `Remove a vote for ${letter}`,
    votes: (count: number) => `${count} ${count === 1 ? 'vote' : 'votes'}`,
    voteAnnounce: (letter: string, count: number) => `${letter}: ${count} ${count === 1 ? 'vote' : 'votes'}.`,
    tallySummary: (rows: { letter: string; votes: number; percent: number }[]) =>
      rows.map((row) => `${row.letter}: ${row.votes} (${row.percent}%)`).join(' · '),
    votesLabel: 'Votes',
    noVotes: 'No votes counted.',
    discussionPrompts: 'Questions for the group',
    timer: {
      label: 'Discussion timer',
      timeLeft: 'Time left',
      start: 'Start timer',
      resume: 'Resume timer',
      pause: 'Pause timer',
      reset: 'Reset timer',
      shorter: 'Half a minute less',
      longer: 'Half a minute more',
      running: 'Running',
      paused: 'Paused',
      ready: 'Ready',
      up: 'Time is up',
      spoken: (minutes: number, seconds: number) =>
        [
          minutes > 0 ? `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}` : '',
          seconds > 0 || minutes === 0 ? `${seconds} ${seconds === 1 ? 'second' : 'seconds'}` : '',
        ]
          .filter(Boolean)
          .join(' '),
      startedAnnounce: (left: string) => `Timer started: ${left} left.`,
      pausedAnnounce: (left: string) => `Timer paused: ${left} left.`,
      resetAnnounce: (length: string) => `Timer reset to ${length}.`,
      lengthAnnounce: (length: string) => `Timer set to ${length}.`,
      upAnnounce: 'Time is up.',
    },
    roleplay: {
      setUp: 'The set-up',
      talkingWith: (name: string) => `Talking with ${name}`,
      start: (name: string) => `Start: hear ${name}`,
      decision: (n: number) => `Decision ${n}`,
      says: (n: number, name: string) => `Decision ${n}: ${name} says`,
      showReplies: 'Show the replies',
      whatToSay: (n: number) => `Decision ${n}: what should the mentor say?`,
      repliesHint: 'Let the room discuss. Count votes if you like, pick the room’s reply, then reveal the coaching.',
      choose: (letter: string) => `The room chooses ${letter}`,
      revealCoaching: 'Reveal the coaching',
      coachingHeading: (n: number) => `Decision ${n}: coaching`,
      replyHeading: (n: number) => `Decision ${n}: the room’s reply`,
      roomChose: (letter: string) => `The room chose ${letter}`,
      hearReply: (name: string) => `Hear ${name}’s reply`,
      toDebrief: 'Go to the group debrief',
      debriefHeading: 'Group debrief',
      discussHeading: 'To take away',
      endingHeading: (title: string) => `How it ended: ${title}`,
      pathHeading: 'The room’s path and the recommended path',
      matched: (matched: number, total: number) =>
        `The room chose the recommended reply at ${matched} of ${total} ${total === 1 ? 'moment' : 'moments'}.`,
      followedAll: 'The room took the recommended path all the way.',
      columns: {
        said: (name: string) => `${name} said`,
        room: 'The room said',
        recommended: 'Recommended',
        thinking: (name: string) => `What ${name} was thinking`,
      },
      same: 'Same as the room',
      recommendedPathHeading: 'The recommended path from the start',
      skillsHeading: 'Skills the room used',
      prompts: [
        'Where did the room disagree, and what swayed the decision?',
        'Which of the thoughts surprised you? What would have told you, in a real conversation?',
        'What will you say differently next time someone says something like this?',
      ],
      announceIntro: (title: string) => `Set-up: ${title}.`,
      announceLine: (n: number, name: string, says: string) => `Decision ${n}. ${name} says: ${says}`,
      announceReplies: (n: number, last: string) =>
        `Decision ${n}: replies A to ${last} are showing. Count votes if you like, then pick the room’s reply.`,
      announcePick: (letter: string) => `The room chooses ${letter}. Reveal the coaching when ready.`,
      announceCoaching: (letter: string, feedback: string) => `The room chose ${letter}. Coaching: ${feedback}`,
      announceDebrief: (title: string) => `Group debrief. How it ended: ${title}.`,
    },
    quiz: {
      intro: (count: number) =>
        `${count} ${count === 1 ? 'question' : 'questions'}, one at a time. Read each one out and let the room discuss. ` +
        'Count votes if you like, mark the room’s answer, then reveal the feedback on every option.',
      start: 'Start: question 1',
      question: (n: number, total: number) => `Question ${n} of ${total}`,
      answerHeading: (n: number, total: number) => `Question ${n} of ${total}: the answer`,
      answerHint: 'Mark the room’s answer, then reveal the feedback.',
      answerHintMultiple: 'Mark every option the room chose, then reveal the feedback.',
      roomAnswer: (letter: string) => `Room’s answer: ${letter}`,
      reveal: 'Reveal the answer',
      change: 'Change the room’s answer',
      nextQuestion: 'Next question',
      toScore: 'See the room’s score',
      right: 'The room got it right.',
      notQuite: 'Not quite.',
      marks: {
        'chosen-correct': 'The room’s answer — right',
        'chosen-wrong': 'The room’s answer — not the best choice',
        'missed-correct': 'Also right — the room did not choose it',
        'the-answer': 'The right answer',
        'not-chosen': 'Not chosen',
      },
      scoreHeading: 'The room’s score',
      score: (correct: number, total: number, percent: number) => `The room got ${correct} of ${total} right (${percent}%).`,
      passMark: (percent: number) => `A learner working alone passes with ${percent}%.`,
      rowsHeading: 'Question by question',
      roomSaid: (letters: string) => `The room: ${letters}`,
      rightAnswer: (letters: string) => `Right: ${letters}`,
      revisit: 'Worth revisiting together',
      announceIntro: (title: string, count: number) => `${title}: ${count} questions.`,
      announceQuestion: (n: number, total: number, prompt: string) => `Question ${n} of ${total}. ${prompt}`,
      announceToggle: (letter: string, on: boolean) => (on ? `${letter} marked as the room’s answer.` : `${letter} unmarked.`),
      announceReveal: (right: boolean, explanation: string) => `${right ? 'The room got it right.' : 'Not quite.'} ${explanation}`,
      announceScore: (correct: number, total: number) => `The room’s score: ${correct} of ${total}.`,
    },
  },
  /** The dilemma bank: practice on the ethics module page, and discussion in room mode. */
  dilemmas: {
    quizTitle: 'Ethical dilemmas',
    practiceIntro: (count: number) =>
      `${count} dilemmas to practise the decision model. Choose what you would do first, then check it: you see feedback on ` +
      'every option and the reasoning step by step. Your answers are saved on this device. This is practice, so it does ' +
      'not count toward completing the module.',
    topicsHeading: 'Dilemmas by topic',
    topics: {
      'dual-relationships': 'Dual relationships',
      'gifts-and-money': 'Gifts and money',
      'social-media': 'Social media',
      'self-disclosure': 'Sharing your own story',
      romance: 'Romance',
      'rides-and-housing': 'Rides and housing',
      'family-confidentiality': 'Family and confidentiality',
      'mandated-reporting': 'Mandated reporting',
      'mentor-return-to-use': 'A mentor’s own return to use',
      documentation: 'Records and notes',
      'team-and-policy': 'Your team and its policies',
    },
    /** Shown above a dilemma's question in the bank, with the topic. */
    label: (title: string, topic: string) => `${title} (${topic})`,
    actItOut: 'Act it out: ',
    roomLink: 'Discuss it with a group in room mode',
    room: {
      indexTitle: 'Dilemmas for group discussion',
      indexIntro:
        'Each dilemma is a real-life ethics question for a group. Show the situation, let the room talk it through with the ' +
        'discussion questions, then show the options, and last the reasoning with feedback on every option. Nothing is saved.',
      indexLink: 'Dilemmas for group discussion',
      indexLinkAfter: ': everyday ethics situations to talk through with the decision model, by topic.',
      backToIndex: 'All dilemmas',
      steps: {
        situation: 'The situation',
        discussion: 'Questions for the group',
        options: 'The options',
        reasoning: 'The reasoning',
      },
      next: {
        situation: 'Discuss it',
        discussion: 'Show the options',
        options: 'Show the reasoning',
      },
      hint: {
        situation: 'Read the situation out loud, then let the room discuss.',
        discussion: 'Let the room talk before anyone sees the options.',
        options: 'Ask which option the room would choose first, and why.',
      },
      bestFirstStep: (letter: string) => `The best first step: ${letter}.`,
      feedbackHeading: 'Why each option helps or harms',
      best: 'Best first step:',
      notBest: 'Not the best first step:',
      announce: {
        situation: (title: string) => `The situation: ${title}.`,
        discussion: (count: number) => `${count} ${count === 1 ? 'question' : 'questions'} for the group.`,
        options: (last: string) => `The options, A to ${last}.`,
        reasoning: (letter: string) => `The reasoning. The best first step is ${letter}.`,
      },
    },
  },
  resources: {
    save: 'Save to My resources',
    saved: 'Saved to My resources (tap to remove)',
    savedAnnounce: (name: string) => `${name} was saved to My resources on this device.`,
    removedAnnounce: (name: string) => `${name} was removed from My resources.`,
    /** When a card has no name to read (it always should). */
    thisResource: 'This resource',
    walletRemoved: (name: string) => `${name} was removed.`,
    theResource: 'The resource',
    open247: 'Open 24/7',
    showing: (shown: number, total: number) =>
      shown === total ? `Showing all ${total} resources` : `Showing ${shown} of ${total} resources`,
  },
  transfer: {
    tooLarge: (limitKb: number) =>
      `This file is too large to be an Alongside progress file (the limit is ${limitKb} KB). Nothing was changed.`,
    notJson: 'This file is not a progress file: it is not valid JSON. Nothing was changed.',
    hostile: (problem: string) => `This file cannot be imported: ${problem}. Nothing was changed.`,
    notExport: 'This file is not an Alongside progress export. Choose a file saved with "Export my progress". Nothing was changed.',
    newerVersion:
      'This file was saved by a newer version of Alongside. Reload the page to get the newest version, then try again. Nothing was ' +
      'changed.',
    unknownVersion: 'This file has an unknown progress version. Nothing was changed.',
    unreadableShape: 'This file has progress in a shape Alongside cannot read. Nothing was changed.',
    mistake: (path: string, message: string) => `This file has a mistake at "${path}": ${message}. Nothing was changed.`,
    tooDeep: (max: number) => `it is nested more than ${max} levels deep`,
    longText: (max: number) => `it contains a text value longer than ${max} characters`,
    reservedKey: (key: string) => `it contains the reserved key "${key}"`,
    longKey: (max: number) => `it contains a key longer than ${max} characters`,
    /** An item an import skips, e.g. `quiz "old-quiz"`. */
    ignoredItem: (kind: string, id: string) => `${kind} "${id}"`,
    kinds: { module: 'module', quiz: 'quiz', roleplay: 'role-play', resource: 'resource' },
  },
  contact: {
    call: (number: string) => `Call ${number}`,
    tty: (number: string) => `TTY ${number}`,
    text: (number: string, keyword?: string) => (keyword ? `Text ${keyword} to ${number}` : `Text ${number}`),
    chat: (host: string) => `Chat online at ${host}`,
    web: (host: string) => `Website: ${host}`,
  },
  /** SAMHSA's twelve peer-worker competency areas (Core Competencies for Peer Workers, 2015), in SAMHSA's order. */
  competencies: {
    'engages-peers': 'Engages peers in collaborative and caring relationships',
    'provides-support': 'Provides support',
    'shares-lived-experience': 'Shares lived experiences of recovery',
    'personalizes-support': 'Personalizes peer support',
    'supports-recovery-planning': 'Supports recovery planning',
    'links-to-resources': 'Links to resources, services, and supports',
    'provides-information': 'Provides information about skills related to health, wellness, and recovery',
    'helps-manage-crises': 'Helps peers to manage crises',
    'values-communication': 'Values communication',
    'supports-collaboration': 'Supports collaboration and teamwork',
    'promotes-leadership': 'Promotes leadership and advocacy',
    'promotes-growth': 'Promotes growth and development',
  },
  footer: {
    scope: 'Alongside supports, and does not replace, certification, supervision or your local protocols.',
    privacy: 'No accounts, no cookies, no tracking. Your progress stays on this device.',
  },
} as const;

export type UiStrings = typeof en;
