/**
 * Interface strings that only build-time code renders (.astro pages and components), grouped by page
 * or feature. They are kept apart from `en.ts` because browser scripts and islands import that one:
 * what is here never ships in a page's JavaScript. A sentence with a link in it is split around the
 * link (`before`, `link`, `after`), spaces included, so the page places the link.
 */
export const enStatic = {
  layout: {
    inDanger: 'In danger now?',
  },
  mdx: {
    avoidPrefix: '(word to avoid:) ',
    tellFirst: 'Tell the person first, whenever it is safe to:',
    dialogue: 'Example conversation',
    decisionAid: 'Crisis decision aid',
    printDecisionAid: 'Print the decision aid',
    callouts: { notThis: 'Not this', reflect: 'Reflect', sayThis: 'Say this', tryThis: 'Try this' },
  },
  facilitator: {
    agendaHeading: (minutes: number) => `Agenda (${minutes} minutes)`,
    agendaCaption: 'Timed agenda; the clock shows hours and minutes from the start of the session.',
    columns: { clock: 'Clock', minutes: 'Minutes', activity: 'Activity', kind: 'Kind' },
    /** Before an activity's IC&RC domain, under its name in the agenda (a break has none). */
    domainLabel: 'IC&RC domain: ',
    byKind: (kinds: string) => `Time by kind of activity: ${kinds}.`,
    kindMinutes: (kind: string, minutes: string) => `${kind} ${minutes}`,
    optional: 'optional',
    coreMinutes: (core: number, total: number) =>
      `Core items only: ${core} of ${total} minutes. Items marked optional (warm-ups, extra rounds, extension discussions) can be trimmed in the session planner.`,
    prompts: 'Discussion prompts',
    materials: 'Materials',
    notes: 'Notes for the trainer',
    viewToggle: 'Facilitator view',
    fullGuide: 'Full facilitator guide',
    forTrainer: 'For the trainer',
    /** Shown in facilitator view while the notes load from the guide page, and if they cannot. */
    notesLoading: 'Loading the notes from the facilitator guide…',
    notesUnavailable: 'The notes could not load here (are you offline?). The full facilitator guide has them:',
    /** After a material the site prints: a link to it on the materials page, or to the module page. */
    printFrom: ' · print: ',
    moduleSource: 'module page',
  },
  frame: {
    courseHeading: 'Course modules',
    contentsLabel: 'On this page',
    overview: 'Overview',
    required: 'required',
    checklistHeading: 'To complete this module',
    roleplayItem: (title: string) => `Play the role-play “${title}” to any ending`,
    quizItem: (title: string) => `Pass the quiz “${title}”`,
    recordLink: 'Get your record of training',
  },
  moduleList: {
    required: 'Required',
    builds: 'Builds:',
  },
  resources: {
    filters: {
      heading: 'Filter the guide',
      category: 'Kind of help',
      allCategories: 'All kinds',
      method: 'Way to reach them',
      anyMethod: 'Any way',
      methods: { call: 'Call', text: 'Text', chat: 'Chat online', tty: 'TTY', web: 'Website' },
      language: 'Language',
      anyLanguage: 'Any language',
      audience: 'Who it is for',
      anyAudience: 'Anyone',
      country: 'Your country',
      clear: 'Clear filters',
    },
    seeMine: 'See My resources',
  },
  /** The countries the resource guide has lines for (src/lib/resources/country.ts). */
  countries: { us: 'United States', ca: 'Canada', 'uk-ie': 'United Kingdom and Ireland', au: 'Australia' },
  /** Resource categories, in the order the guide lists them. */
  categories: {
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
  },
  /** The audience groups the resource guide filters by (src/lib/resources/filter.ts matches them; same keys). */
  audiences: {
    families: 'Families and friends',
    veterans: 'Veterans and service members',
    lgbtq: 'LGBTQ+ people',
    young: 'Young people',
    women: 'Women',
    older: 'Older adults',
    native: 'Native and Indigenous people',
    survivors: 'People experiencing violence or abuse',
  },
  notFound: {
    title: 'Page not found',
    heading: 'We could not find that page',
    intro: 'The address may be mistyped, or the page may have moved.',
    home: 'Go to the home page and the module list',
    guide: 'Browse the resource guide',
    danger: { before: 'If you or someone else is in danger: ', link: 'get help now', after: '.' },
    /**
     * In Spanish on the English page (the one most hosts serve for any missing address, /es/ ones too),
     * so a Spanish speaker who followed a broken link finds the Spanish edition and its help page.
     */
    inSpanishEs: {
      before: '¿Buscas la edición en español? ',
      home: 'Ir al inicio en español',
      between: '. Si tú u otra persona están en peligro: ',
      help: 'ayuda ahora',
      after: '.',
    },
    /** Shown instead of the intro when the browser is offline: the page may simply not be saved here. */
    offline:
      'You are offline, and this page is not saved on this device. Help, the resource guide, the crisis module and search work offline. ' +
      'To keep every module, choose “Make the whole course work offline” at the bottom of any page while you are online.',
  },
  about: {
    title: 'About Alongside',
    description: 'What Alongside is, what it is not, and how it keeps your information private.',
    intro:
      'Alongside is free training for peer recovery mentors: people in long-term recovery from addiction who support someone newer to ' +
      'recovery. It is written by peers, for peers, and it honours every pathway to recovery, from 12-step and SMART Recovery to ' +
      'faith-based, secular, medication-supported and harm reduction approaches.',
    notHeading: 'What it is not',
    notReplace:
      'Alongside supports, and does not replace, peer certification, supervision, or the policies and crisis protocols of the program ' +
      "you mentor with. Where this training and your program's protocol differ, follow your program and talk it over with your " +
      'supervisor.',
    notClinical:
      "A peer mentor's role is not clinical. Mentors do not diagnose, treat or give medical advice. They listen, support, share their " +
      'own experience when it helps, and connect people to the help they choose.',
    numbers: {
      before:
        "Crisis numbers are for the United States unless marked. They were checked against each service's own site on the date shown " +
        'on each ',
      link: 'resource page',
      after: '.',
    },
    privacyHeading: 'Your privacy',
    privacy: [
      'There are no accounts, no cookies, no analytics and no advertising.',
      'The site loads nothing from any other website. Links to other services only open when you choose them.',
      'Your progress (pages visited, quiz answers, role-play results) is saved only in this browser, on this device.',
      'It leaves the device only if you export it yourself, for example to carry it to another device.',
    ],
    sharedComputer: { before: 'On a shared computer, clear your progress when you finish, from ', link: 'My progress', after: '.' },
    sourcesHeading: 'Where the content comes from',
    sources:
      'Each module lists its sources and the date its content was last reviewed. Facts come from public sources such as SAMHSA, NIDA, ' +
      'the 988 Suicide & Crisis Lifeline, peer-worker codes of ethics and motivational interviewing texts. The words are our own.',
  },
  competencies: {
    title: 'Competencies',
    description: "SAMHSA's twelve peer-worker competency areas and the modules and exercises that build each one.",
    intro: {
      before: "SAMHSA's ",
      cite: 'Core Competencies for Peer Workers in Behavioral Health Services',
      after:
        ' (2015) names twelve areas of skill. Here is where Alongside builds each one: the modules that teach it, the quiz questions ' +
        'that check it, and the role-plays in those modules where you practise it.',
    },
    counts: (questions: number, roleplays: number) =>
      `${questions} quiz ${questions === 1 ? 'question' : 'questions'} · ${roleplays} role-plays in these modules`,
  },
  /** The four IC&RC Peer Recovery domains, as IC&RC names them (ids: `icrcDomainIds` in src/content/schemas/modules.ts). */
  icrcDomains: {
    advocacy: 'Advocacy',
    'mentoring-education': 'Mentoring/Education',
    'recovery-wellness': 'Recovery/Wellness Support',
    'ethical-responsibility': 'Ethical Responsibility',
  },
  /** The IC&RC crosswalk page (/trainers/crosswalk/). */
  crosswalk: {
    title: 'IC&RC crosswalk',
    description:
      'Facilitated training hours in each IC&RC Peer Recovery domain, added up from the session agendas, with the activities that count.',
    intro: [
      'IC&RC’s Peer Recovery credential asks for 46 hours of training in four domains: 10 hours each in Advocacy, ' +
        'Mentoring/Education and Recovery/Wellness Support, and 16 hours in Ethical Responsibility.',
      'Every activity in the facilitator guides is tagged with the one domain it mostly teaches. The hours on this page are added up ' +
        'from those agendas each time the site is built, so they always match the guides. Breaks count toward no domain. Only ' +
        'facilitated group time counts here, not reading, quizzes or role-plays done alone.',
      'Where a domain is short, other approved training makes up the hours. Your IC&RC member board decides which training it ' +
        'accepts, so check with it before you count these hours.',
    ],
    source: { before: 'Source: IC&RC, ', link: 'Peer Recovery (PR) standards', after: ' (the “Education” requirement).' },
    summaryHeading: 'Hours per domain',
    caption: 'Facilitated hours in each domain, against the hours IC&RC asks for.',
    columns: { domain: 'Domain', here: 'Hours here', asks: 'Hours IC&RC asks', status: 'Met or short by' },
    hours: (hours: number) => hours.toFixed(1),
    met: 'Met',
    shortBy: (hours: string) => `Short by ${hours} hours`,
    allDomains: 'All four domains',
    totals: (modules: number, training: string, session: string) =>
      `The ${modules} group sessions hold ${training} hours of facilitated training, breaks left out; with their breaks they take ${session} hours.`,
    /** Ends in a space: the status (met, or short by) follows. */
    domainSummary: (hours: string, required: number) => `${hours} hours here; IC&RC asks for ${required}. `,
    none: 'No activity counts toward this domain yet.',
    moduleMinutes: (minutes: number) => ` (${minutes} minutes in this domain)`,
    competencies: 'SAMHSA competency areas: ',
    activityMinutes: (minutes: number) => ` · ${minutes} minutes`,
    /** Joins the competency area names of a module; a semicolon, since some names hold commas. */
    listSeparator: '; ',
  },
  /** The guide for program leads (/trainers/program-leads/) and its printable evaluation plan. */
  programLeads: {
    title: 'A guide for program leads',
    description:
      'For trainers and coordinators who start or run a peer mentoring program: the evidence, designing a program, and measuring it.',
    intro: [
      'This guide is for the people who start or run a mentoring program: trainers, coordinators and the teams around them. It covers ' +
        'what the research says, how to design a program, and how to measure it without putting anyone’s privacy at risk.',
      'It is not part of a mentor’s training. Mentors do not need to read it, and nothing here is saved to anyone’s progress.',
    ],
    contentsHeading: 'In this guide',
    plan: { link: 'Evaluation plan to print', after: ': every measure on one template, with blank columns for your own targets.' },
    /** Names the guide's page list for screen readers. */
    navLabel: 'Guide for program leads',
    back: 'Guide for program leads',
    sources: 'Sources',
    reviewed: 'Last reviewed',
    nextPage: 'Next: ',
  },
  /** The printable evaluation plan (/trainers/program-leads/evaluation-plan/), built from src/content/evaluation. */
  evaluationPlan: {
    title: 'Evaluation plan',
    description:
      'A fill-in evaluation plan for a peer mentoring program: what to measure, how often, who collects it and how to keep it private.',
    intro: [
      'Print this plan and fill it in with your team. Each measure says why it matters, what to collect, how often, who collects it ' +
        'and how to keep it private. The blank columns are for your program’s own targets and results.',
      'Use only the measures you will act on. Questionnaires are named only where we checked what they are and what their licence ' +
        'says; check again before you use one, because terms change.',
    ],
    printHint: 'To print, use your browser’s Print command. The site’s menus are left off the paper.',
    programHeading: 'Your program',
    programCaption: 'Details of your program, to fill in.',
    programFields: ['Program name', 'Plan period', 'Plan owner', 'Date agreed', 'Next review'],
    fieldColumn: 'Detail',
    answerColumn: 'Fill in',
    summaryHeading: 'Measures and targets',
    summaryCaption: 'Every measure, with blank columns for your own targets.',
    columns: { measure: 'Measure', target: 'Our target', baseline: 'Where we start', result: 'Result at review' },
    detailsHeading: 'Each measure in detail',
    about: { mentees: 'About mentees', mentors: 'About mentors', program: 'About the program' },
    fields: {
      why: 'Why track it',
      collect: 'What to collect',
      howOften: 'How often',
      whoCollects: 'Who collects it',
      privacy: 'Keeping it private',
      instrument: 'A questionnaire to consider',
    },
    licence: {
      free: 'Free to use: its listing says no permission is needed.',
      permission: 'Permission needed: register or ask before you use it.',
      'ask-authors': 'Licence unclear: ask the authors before you use it.',
    },
    sourceLabel: 'Source: ',
  },
  glossary: {
    title: 'Words that respect people',
    description: 'Person-first, recovery-oriented language: words to avoid and what to say instead.',
    intro: {
      before:
        'The words we use about substance use shape how people are treated, and how they see themselves. These pairs put the person ' +
        'first. When a mentee describes themselves in their own words, that is their choice: you model these words, you do not correct ' +
        'theirs. The ',
      link: 'trauma-informed language module',
      after: ' teaches why.',
    },
    pairsHeading: 'Say this instead',
    avoid: 'Avoid',
    use: 'Use',
    termsHeading: 'Terms',
  },
  help: {
    title: 'Get help now',
    description: 'Crisis lines and emergency numbers, one tap away.',
    /** Around the three numbers the lead sentence places: 911, then 988 to call, then 988 to text. */
    lead: [
      'If someone may die or be badly hurt right now, call ',
      '. For a suicidal, mental health or substance use crisis, call ',
      ' or text ',
      '. Both are free and open day and night.',
    ],
    numbersNote: 'Numbers are for the United States unless marked. On a phone, tap a number to call or text it.',
    more: { before: 'Looking for treatment, a meeting or another service? See the ', link: 'resource guide', after: '.' },
  },
  home: {
    heading: 'Training for peer recovery mentors',
    lead:
      'Alongside is a free course for people in long-term recovery who walk beside someone newer to it. ' +
      'Learn to listen well, hold kind boundaries, use words that respect people, and know what to do in a crisis.',
    audience:
      'It is for mentors training on their own, on a phone or a shared computer, and for trainers who run group sessions. There is no ' +
      'account and nothing to install. Your progress stays on this device.',
    pathHeading: 'A suggested path for a first-time mentor',
    path: (count: number, length: string) =>
      `Start with the ${count} required modules (${length}): they cover what every mentor needs before working with a newcomer. ` +
      'Then take the rest in any order that suits you.',
    required: ' · required',
    competencies: { before: 'See how the modules build ', link: "SAMHSA's twelve peer-worker competency areas", after: '.' },
    modulesSummary: (count: number, length: string) =>
      `${count} modules · ${length}. Modules marked required come before working with a newcomer.`,
  },
  myResources: {
    title: 'My resources',
    description: 'Resources you saved on this device, ready to print as a wallet card.',
    intro: {
      before: 'Resources you save from the ',
      link: 'resource guide',
      after: ' are kept here, on this device only. Print them as a wallet card to keep with you or to give to a mentee.',
    },
    noScript: { before: 'My resources needs JavaScript. The ', link: 'resource guide', after: ' works without it.' },
    empty: 'You have not saved any resources yet. Open a resource in the guide and choose "Save to My resources".',
    print: 'Print as a wallet card',
    listLabel: 'Saved resources',
    remove: 'Remove',
    /** Around the two numbers the printed footer places: 911, then 988. */
    footer: ['In danger now: call ', '. Suicidal or in crisis: call or text ', '. Printed from Alongside.'],
  },
  search: {
    title: 'Search',
    description: 'Search the modules and the resource guide.',
    intro: 'Search the modules and the resource guide with the search box at the top of every page.',
    noScript: {
      before: 'Search needs JavaScript, and it is turned off or blocked in this browser. Everything else works without it: ',
      modules: 'the module list',
      resources: 'the resource guide',
      help: 'Get help now',
      between: ', ',
      and: ' and ',
      after: ' (crisis lines and 911).',
    },
  },
  trainers: {
    title: 'For trainers',
    description: 'Run Alongside with a group: facilitator guides, a session planner, room mode and handouts.',
    intro:
      'Everything you need to teach Alongside to a group, in a room with a projector or on a video call. None of it needs an account, ' +
      'and nothing from a group session is mixed into your own progress.',
    planner: { link: 'Session planner', after: ': pick modules and activities, set a start time, and print or share a timed run sheet.' },
    room: { link: 'Room mode', after: ': run a role-play or quiz on a projector, one step at a time, with the room deciding each choice.' },
    dilemmas: { link: 'Dilemmas for group discussion', after: ': everyday ethics situations for a room to talk through, by topic.' },
    facilitatorView: 'Facilitator view: on any module page, switch it on to see the trainer notes in place. Your device remembers it.',
    leads: {
      link: 'Guide for program leads',
      after: ': the evidence for peer mentoring, designing a program, measuring it, and an evaluation plan to print.',
    },
    crosswalk: {
      link: 'IC&RC crosswalk',
      after: ': the facilitated hours in each IC&RC Peer Recovery domain, added up from the agendas, to show an accrediting body.',
    },
    guidesHeading: 'Facilitator guides',
    groupMinutes: (minutes: number) => ` (${minutes} minutes with a group) · `,
    answerSheet: 'answer sheet',
    answerSheetFor: (title: string) => ` for ${title}`,
    /** After the answer sheet link, before the materials link. */
    separator: ' · ',
    materials: 'materials to print',
    materialsFor: (title: string) => ` for ${title}`,
    /** After the materials link, for a module with role-plays. */
    handouts: 'role-play handouts',
    handoutsFor: (title: string) => ` for ${title}`,
  },
  resource: {
    guide: 'Resource guide',
    facts: {
      audience: 'Who it is for',
      hours: 'Hours',
      cost: 'Cost',
      languages: 'Languages',
      region: 'Where',
      checked: 'Details checked',
    },
    checkedAgainst: ' against ',
    related: 'Related',
    keywords: (keywords: string) => `People look for this when searching: ${keywords}`,
    report:
      "Something here out of date? Services change their numbers and hours. Check the service's own site (above) before you share it, " +
      'and tell your trainer or program so the guide can be corrected.',
  },
  resourceGuide: {
    title: 'Resource guide',
    description: 'Crisis lines, treatment locators and recovery support, with one-tap call and text links.',
    intro: (count: number) =>
      `${count} services a mentor can share, each checked against the service's own site. Tap a number to call or text it. In danger now? `,
    help: 'Get help now',
    noMatch: 'No resources match these filters. Try clearing one.',
    elsewhere: 'Lines in other countries',
    elsewhereIntro: 'Services that do not serve the country chosen above, under the country they serve.',
  },
  /** A module's role-plays as printed handouts (/modules/<module>/handouts/). */
  handouts: {
    title: (module: string) => `Role-play handouts: ${module}`,
    description: (module: string) => `The role-plays of "${module}" to print for learners, with room to write.`,
    module: (order: number, title: string) => `Module ${order}: ${title}`,
    intro:
      'Each role-play prints on its own sheet: the set-up, then the conversation one decision at a time, with room to write. ' +
      'Some replies are unsafe on purpose; the answers are on the trainer’s answer sheet.',
    print: 'Print the handouts',
    /** Under each role-play on its module page, and in its place when the module page is printed. */
    link: 'Print this role-play as a handout',
    linkFor: (title: string) => ` (${title})`,
  },
  answers: {
    title: (module: string) => `Answer sheet: ${module}`,
    description: 'Quiz answers and the role-play key, with the reasons, for trainers.',
    guide: 'Facilitator guide',
    intro: 'For the trainer. Learners see this feedback in the module after they answer.',
    right: (several: boolean, answers: string) => `Right ${several ? 'answers' : 'answer'}: ${answers}`,
    /** The role-play key: for each decision on the printed handout, the recommended reply and the coaching on every reply. */
    roleplayKey: (title: string) => `Role-play key: ${title}`,
    roleplayIntro:
      'The printed handout asks learners to choose a reply at each decision. Here is the recommended reply, and the coaching ' +
      'learners see online for every reply, in the order the handout prints them.',
    decision: (n: number, total: number) => `Decision ${n} of ${total}`,
    recommended: 'Recommended',
    notRecommended: 'Not recommended',
    coaching: (skill: string, feedback: string) => `Coaching (${skill}): ${feedback}`,
    keyLearning: 'Key learning',
    /** Before a script's answer to the handout's question "What if … refuses to call, or things get more dangerous?" */
    whatIf: (name: string) => `What if ${name} refuses, or it gets more dangerous?`,
    strongEnding: (title: string) => `Strong ending: ${title}`,
  },
  /** The printable materials page for a module (/trainers/materials/<module>/) and its links. */
  materials: {
    title: (module: string) => `Materials to print: ${module}`,
    description: (module: string) =>
      `Cards and sheets to print for running "${module}" with a group: scenario cards, observer sheets and a sign-in sheet.`,
    intro:
      "Everything this module's facilitator guide asks you to print, made from the training's own content. Choose the paper size, " +
      'then print. Each kind of material starts on a new page, and cards have dashed lines to cut along.',
    guide: 'Facilitator guide',
    paper: { legend: 'Paper size', letter: 'US Letter', a4: 'A4' },
    print: 'Print the materials',
    checklistHeading: 'What you need',
    printedHere: 'Printed from this page',
    fromModule: { before: 'Print from ', link: 'the module page', after: ' (it is part of the lesson)' },
    bring: 'Bring or make yourself',
    /** Section headings, one per generated material (src/lib/materials/kinds.ts). */
    sections: {
      'language-cards': 'Language cards',
      'scenario-cards': 'Scenario cards',
      'observer-sheets': 'Observer sheets',
      'crisis-cards': 'Crisis and help-line cards',
      'sign-in-sheet': 'Sign-in and completion sheet',
    },
    moduleLine: (order: number, title: string) => `Alongside · Module ${order}: ${title}`,
    language: {
      intro: 'One card per pair. Fold along the middle line: the words to avoid on one half, the words to use on the other.',
      avoid: 'Instead of',
      use: 'Say',
      why: 'Why',
    },
    scenario: {
      intro:
        'One card per group of three. Everyone reads the set-up; the speaker also reads the person they play and, folded back, what ' +
        'that person says. Rotate roles each round.',
      /** Printed on every card, before anyone starts. */
      speakerRulesHeading: 'Ground rules for the speaker',
      speakerRules:
        "Play the person on this card, not your own story. Anyone can sit out the speaker role. Stay seated, keep two arm's lengths " +
        'apart, no touching, and keep your voice below full volume.',
      /** Above the fold: what the person says as the conversation goes on, for the speaker only. */
      foldBack: 'Fold back along this line: for the speaker only.',
      speakerLines: (name: string) => `What ${name} says if the mentor asks`,
      speakerLinesNote: 'Say these when the conversation gets there, in your own words if you like. Do not add to the story.',
      setUp: 'Set-up',
      roles: 'Who plays whom',
      speaker: (name: string) => `Speaker: plays ${name}. `,
      mentor: 'Mentor: plays the mentor and answers as you would in real life.',
      observer: 'Observer: uses the observer sheet, keeps time, and speaks first when you give feedback.',
      opening: (name: string) => `${name} opens with`,
      contentNote: 'Content note: ',
    },
    safety: {
      heading: 'If this becomes real',
      stop: "This is practice. If any of it is real for someone in the room, stop the role-play and tell the trainer, who follows the program's crisis steps.",
      /** Around the 911 number. */
      danger: ['Someone may die or be badly hurt right now: call ', '.'],
      /** Around 988 to call, then 988 to text. */
      crisis: ['A suicidal, mental health or substance use crisis: call ', ' or text ', '.'],
      /** Around the 911 number. */
      suicide: [
        'Someone thinking about suicide: ask plainly, stay with them, and help get the means (a gun, pills) out of reach now. ' +
          'Contact the 988 Lifeline together. Call ',
        ' if they have already taken something or started, will not stay safe, or the means cannot be put away. ' +
          "If they won't contact the Lifeline with you, stay, call it yourself for advice, and call your supervisor now.",
      ],
      /** Around the 911 number. */
      overdose: [
        'A possible overdose: shout their name and rub the breastbone. Call ',
        ' on speaker; the dispatcher will coach you. If they are not breathing or only gasping, start CPR: push hard and fast in the ' +
          'center of the chest (add rescue breaths if you are trained), and send someone for an AED if one is near. Give naloxone if you have it, without delaying CPR, and a second dose after 2–3 minutes if there is ' +
          'no response. Once they breathe, roll them onto their side. Stay until help arrives.',
      ],
      /** Around the National Domestic Violence Hotline's call number, then its text code. */
      violence: [
        'Violence at home: the National Domestic Violence Hotline, call ',
        ' or text ',
        ', only when it is safe to talk or text. If a child or a vulnerable adult may be harmed, tell your supervisor right away.',
      ],
      /** Around the 911 number. Someone in medical danger: stay with them. */
      medical: [
        'Someone very drunk or high who cannot be woken, vomits while not fully awake, or breathes slowly or strangely, or someone in ' +
          'withdrawal who has a seizure, confusion, sees or hears things, or has a high fever: call ',
        ' and stay with them. If they are not breathing or only gasping, start CPR, and give naloxone without delaying CPR if opioids may be ' +
          'involved (pills not from a pharmacy can contain fentanyl). ' +
          'During a seizure, clear space; do not hold them down or put anything in their mouth. If they are not fully awake, roll ' +
          'them onto their side. Never leave them to sleep it off.',
      ],
      /** Around the 911 number. A threat: get away, unlike a medical danger. */
      threat: [
        'A weapon, or a threat to hurt someone: get yourself and others to safety and call ',
        ' if the danger is immediate. Otherwise tell your supervisor now.',
      ],
      /** Last on every box that names an emergency. */
      supervisor:
        'Tell your supervisor while it is happening, not afterwards. When you need 911 or the Lifeline, contact them first, then ' +
        'your supervisor as soon as your hands are free: never instead of them, and never by stopping CPR.',
    },
    observer: {
      intro: 'Keep this sheet apart from the scenario card. Mark each time you hear a skill, and write down the exact words when you can.',
      heading: (title: string) => `Observer sheet: ${title}`,
      helpful: 'Skills that help here',
      alsoNotice: 'Also notice',
      safety: 'Safety steps to watch for',
      columns: { skill: 'Skill', soundsLike: 'What it sounds like', notes: 'Tally and notes' },
      stepColumns: { step: 'Step', notes: 'Done? When, and the words used' },
      /** After a step that some ways through the scene take and others do not. */
      ifTheSceneGoesThere: ' (if the scene goes there)',
      other: 'Other things to note',
    },
    /** What each skill tag sounds like, in plain words, for observers (src/content/schemas/roleplays.ts `skillIds`). */
    skillMeanings: {
      'open-question': 'A question that invites a longer answer, often starting with "what" or "how".',
      'closed-question': 'A question with a yes, no or one-word answer. Good for facts; too many can shut a talk down.',
      affirmation: 'Naming a real strength or effort the person has shown.',
      'simple-reflection': 'Saying back what the person said, in fewer or slightly different words.',
      'complex-reflection': 'Saying back the feeling or meaning under the words, or both sides of a mixed feeling.',
      summary: 'Pulling together several things the person said, then checking it is right.',
      'righting-reflex': 'Jumping in to fix, advise or warn before the person asks. It often pushes people away.',
      'advice-with-permission': 'Asking before sharing an idea, and leaving the choice with the person.',
      'self-disclosure': "A short part of the mentor's own story, shared for the person's sake, that turns back to them.",
      boundary: 'Saying clearly and kindly what the mentor can and cannot do, then offering what they can.',
      referral: 'Connecting the person to someone better placed to help: a prescriber, counselor, crisis line or service.',
      'safety-check': 'Asking directly about safety: suicide, overdose, violence or danger right now.',
      silence: 'A calm pause that gives the person room to think and go on.',
      judgement: 'Words that blame, shame or label the person. Note the exact words.',
      reassurance: 'Saying it will be fine before hearing the person out. Kind, but it can close the talk.',
    } as Record<string, string>,
    /**
     * What each safety step looks like in the room: every action tag (src/lib/safety/roleplay-rules.ts
     * `safetyActionIds`) and every other step of the rubric (src/lib/materials/observer.ts `observedStepIds`).
     */
    safetySteps: {
      'asks-about-suicide': 'Asks in plain words: "Are you thinking about killing yourself?"',
      'asks-already-started': 'Asks whether they have already taken anything or started; if so, 911 now',
      'asks-plan-or-timing': 'Asks how and when: a plan, a method, tonight, and whether the means is close by',
      'asks-past-attempt': 'Asks about past attempts',
      'asks-substance-use': 'Asks about drinking or using',
      'stays-with-them': 'Does not leave them alone, and does not part while they can reach the means',
      'means-safety': 'Works with them to put the means out of reach now',
      'contacts-988':
        'Connects to the 988 Lifeline: together, now, if the person is thinking of suicide; otherwise makes sure they know they can call or text 988',
      'honest-about-988': 'Is honest about what the Lifeline may do, and promises nothing like "no hospital"',
      'calls-911': 'Calls 911, has someone call, or tells the person staying with them which signs mean 911',
      'follows-up': 'Agrees when they will talk next, within a day, and keeps checking in',
      'tries-to-wake': 'Tries to wake them and checks breathing',
      cpr: 'Starts CPR, or tells the person with them to, if someone is not breathing or only gasping; sends for an AED if one is near',
      naloxone: 'Gives naloxone without delaying CPR; a second dose after 2–3 minutes if there is no response',
      'recovery-position': 'Rolls them onto their side once they are breathing',
      'stays-until-help': 'Stays until help arrives; does not cancel 911',
      'overdose-safety': 'Talks about not using alone and who can give naloxone',
      'asks-safe-to-talk': 'Asks whether it is safe to talk right now, and keeps to yes-or-no questions if not',
      'children-in-home': 'Asks whether children or a vulnerable adult live in the home',
      'believes-them': 'Believes them and lets them lead',
      advocates: 'Connects them to hotline advocates, who help with safety planning',
      'phone-safety': 'Talks about phone safety: calls and texts can be seen, a code word, texting only when it is safe',
      'space-and-exit': 'Keeps space and a clear way out, for both of them',
      'de-escalates': 'Stays calm: space, a low and slow voice, choices offered',
      'postpones-talk': 'Puts off the real conversation until they are sober',
      'asks-what-taken': 'Asks what they took, how much and when',
      'medical-help':
        'Connects them to medical help and lets professionals judge the risk: 911 for danger signs; otherwise Poison Help (if awake and ' +
        'breathing), their prescriber, or a detox or withdrawal program',
      'no-driving': 'Holds one limit without threats: no driving',
      'sober-person-stays': 'Makes sure someone sober stays with them tonight',
      'leaves-if-unsafe': 'Gets away and has 911 called if there is a weapon or a threat, or if the mentor feels unsafe',
      'withdrawal-911': 'Calls 911 for a seizure, confusion, seeing or hearing things, or a high fever',
      'no-stopping-advice': 'Gives no advice on stopping, doses or tapering: that is for a prescriber',
      'involves-supervisor':
        'Brings in the supervisor during the crisis, not "tomorrow": in an emergency, after 911 or the Lifeline and as soon as their hands ' +
        'are free, never instead of them',
    } as Record<string, string>,
    /**
     * A step worded for an overdose scene, where the sheet's general wording is not enough: in an active
     * overdose, telling someone which signs mean 911 is no substitute for the call.
     */
    safetyStepsInOverdose: {
      'calls-911': 'Calls 911 on speaker, or has someone call, straight away',
    } as Record<string, string>,
    crisis: {
      intro: 'Cut out a card for every learner. Numbers come from the resource guide, checked against each service.',
      heading: 'Crisis and help lines',
      note: 'United States numbers, emergency first.',
    },
    signIn: {
      caption: (title: string) => `Sign-in and completion: ${title}`,
      columns: { name: 'Name', date: 'Date', module: 'Module', trainer: 'Trainer', signature: 'Signature' },
      notCertified:
        'Alongside does not certify anyone. This sheet records who took part in this session. It is not a certificate or a credential. ' +
        'Whether it counts toward certification is up to your certification board and your program; ask them before you rely on it.',
    },
  },
  /** A role-play's heading, set-up and printed handout: rendered on the server only (slots of the island). */
  /** Said under a quiz or role-play whose exercises file could not load when someone first used it. */
  exercise: {
    unavailable: 'This exercise could not load. Check your connection, then press again: what you chose is kept.',
    /** The same for room mode and the planner, whose data file could not load. */
    toolUnavailable: 'This page’s tool could not load. Check your connection, then press again: what you chose is kept.',
  },
  roleplay: {
    heading: (title: string) => `Role-play: ${title}`,
    youAreTalkingWith: (name: string) => `You are talking with ${name}`,
    /** The printed handout: the conversation's decisions along the recommended path, with the replies on offer. */
    handoutHeading: 'The conversation, one decision at a time',
    handoutDecision: (n: number, total: number) => `Decision ${n} of ${total}`,
    handoutAsk: 'Some of these replies are unsafe on purpose. Choose one and say why, or write your own. Your trainer has the answers.',
    /** After the last decision of a printed role-play that touches a risk: the branch the handout does not follow. */
    handoutWhatIf: (name: string) =>
      `What if ${name} refuses to call, or things get more dangerous? What would you do then, and who would you call?`,
    contentNote: 'Content note',
  },
  guide: {
    title: (module: string) => `Facilitator guide: ${module}`,
    description: (module: string) => `How to run "${module}" with a group: timed agenda, prompts, materials and trainer notes.`,
    module: (order: number, title: string) => `Module ${order}: ${title}`,
    contentNote: 'Content note for the room:',
    objectives: 'Objectives',
    exercises: "The module's exercises",
    roleplay: (title: string, premise: string) => `Role-play: ${title}. ${premise}. `,
    quiz: (title: string, questions: number, passPercent: number) => `Quiz: ${title} (${questions} questions, pass mark ${passPercent}%). `,
    runWithRoom: 'Run it with the room',
    handouts: 'Handouts',
    moduleHandout: {
      link: 'The module',
      after: ': print it from your browser for a learner handout. Its quiz prints as questions with space to write.',
    },
    roleplayHandouts: {
      link: 'Role-play handouts',
      after: ': each role-play on its own sheet, one decision at a time, with room to write.',
    },
    answerSheet: { link: 'Answer sheet', after: ': every quiz answer and the role-play key, with the reasons, for the trainer only.' },
    materialsPage: {
      link: 'Materials to print',
      after: ': scenario cards, observer sheets and a sign-in sheet for this module, on A4 or US Letter.',
    },
    planner: { link: 'Session planner', after: ': combine modules into a timed run sheet.' },
    slides: { link: 'Slides and presenter view', after: ': play this agenda on the projector, with your notes in a second window.' },
    print: 'Print this guide',
  },
} as const;

export type StaticUiStrings = typeof enStatic;
