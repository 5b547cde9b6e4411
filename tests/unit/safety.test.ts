/**
 * docs/safety-rubric.md, enforced. The role-play rules run inside the schema (so the build fails too);
 * these tests show each rule catching what it should, then hold every content file to the wording rules,
 * the Spanish edition's (src/content/es/) as well as the English one. The rules' Spanish words have their
 * own cases in tests/unit/i18n/spanish-safety.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { quizSchema } from '../../src/content/schemas/quizzes';
import {
  listsConfidentialityLimits,
  promisesRoomSecrecy,
  rescueBreathsWithoutCpr,
  saysOneException,
  statesConfidentialityLimits,
} from '../../src/lib/safety/text-rules';
import { confidentialityLimits, confidentialityScript } from '../../src/content/safety/confidentiality';
import * as es from '../../src/content/safety/confidentiality.es';
import { expandSharedText } from '../../src/lib/safety/shared-text';
import {
  describeIssues,
  loadModules,
  loadQuizzes,
  loadRoleplays,
  loadSpanishModules,
  loadSpanishQuizzes,
  loadSpanishRoleplays,
} from './content-loader';
import { baseRoleplay, roleplayProblems } from './roleplay-fixture';

/** Both editions' files: the rules read English and Spanish words. */
const allModules = () => [...loadModules(), ...loadSpanishModules()];
const allExercises = () => [...loadQuizzes(), ...loadRoleplays(), ...loadSpanishQuizzes(), ...loadSpanishRoleplays()];

const base = baseRoleplay;
const problemsOf = roleplayProblems;

/** The fixture as a suicide role-play whose recommended path does everything the rubric asks. */
function suicideScript() {
  const script = base();
  script.risks = ['suicide'];
  // The weaker replies end the conversation early, so only the recommended path reaches the strong ending.
  script.nodes[0]!.choices[1]!.next = 'end-missed';
  script.nodes[1]!.choices[1]!.next = 'end-missed';
  script.nodes[0]!.choices[0] = {
    ...script.nodes[0]!.choices[0]!,
    line: 'Are you thinking about killing yourself?',
    actions: ['asks-about-suicide'],
  };
  script.nodes[1]!.choices[0] = {
    ...script.nodes[1]!.choices[0]!,
    line: 'Are you thinking of doing it tonight? Have you tried before? Have you been drinking?',
    actions: ['asks-plan-or-timing', 'asks-past-attempt', 'asks-substance-use'],
  };
  script.nodes[2]!.choices[0] = {
    ...script.nodes[2]!.choices[0]!,
    line: 'Can your brother come and take the gun now, and can we call 988 together while I text my supervisor?',
    actions: ['means-safety', 'contacts-988', 'involves-supervisor'],
  };
  return script;
}

describe('role-play safety rules name the file, the node and the rule', () => {
  it('accepts a suicide role-play whose strong path asks, asks when, makes means safe, connects and calls the supervisor', () => {
    expect(problemsOf(suicideScript())).toEqual([]);
  });

  it('rejects a strong ending reached without making the means safe', () => {
    const script = suicideScript();
    script.nodes[2]!.choices[0]!.actions = ['contacts-988', 'involves-supervisor'];
    expect(problemsOf(script)).toContainEqual(
      expect.stringMatching(
        /endings\.0\.outcome: strong ending "end-strong" \(by n1\/good -> n2\/good -> n3\/good\): rule "suicide" needs "means-safety"/,
      ),
    );
  });

  it('rejects a strong ending in a high-risk role-play that never brings in the supervisor', () => {
    const script = suicideScript();
    script.nodes[2]!.choices[0]!.line = 'Can your brother come and take the gun now, and can we call 988 together?';
    script.nodes[2]!.choices[0]!.actions = ['means-safety', 'contacts-988'];
    expect(problemsOf(script)).toContainEqual(expect.stringContaining('rule "suicide" needs "involves-supervisor"'));
  });

  it('accepts the supervisor in the ending when the debrief says it', () => {
    const script = suicideScript();
    script.nodes[2]!.choices[0]!.line = 'Can your brother come and take the gun now, and can we call 988 together?';
    script.nodes[2]!.choices[0]!.actions = ['means-safety', 'contacts-988'];
    script.endings[0]!.debrief = 'While he talked with the counselor you called your supervisor.';
    script.endings[0]!.actions = ['involves-supervisor'];
    expect(problemsOf(script)).toEqual([]);
  });

  it('rejects an action tag whose line does not say it', () => {
    const script = suicideScript();
    script.nodes[0]!.choices[0]!.line = 'Are you okay?';
    expect(problemsOf(script)).toContainEqual(
      expect.stringMatching(
        /nodes\.0\.choices\.0\.actions: node "n1", choice "good": tagged "asks-about-suicide" but the line does not say it/,
      ),
    );
  });

  it('counts the plain words only when they stand in the question, not in the lead-in', () => {
    const script = suicideScript();
    script.nodes[0]!.choices[0]!.line = 'People this low sometimes think about killing themselves. Any thoughts like that?';
    expect(problemsOf(script)).toContainEqual(expect.stringContaining('tagged "asks-about-suicide" but the line does not say it'));
    script.nodes[0]!.choices[0]!.line = 'I want to ask you plainly: are you thinking about killing yourself?';
    expect(problemsOf(script)).toEqual([]);
  });

  it('rejects "hurting yourself" in place of the plain question', () => {
    const script = base();
    script.nodes[0]!.choices[0]!.line = 'Are you thinking of hurting yourself?';
    expect(problemsOf(script)).toContainEqual(
      expect.stringMatching(/nodes\.0\.choices\.0\.line: node "n1", choice "good": rule "ask plainly"/),
    );
  });

  it('lets a weaker option model the softened question only when its coaching teaches the plain one', () => {
    const script = base();
    script.nodes[0]!.choices[1]!.line = 'You are not thinking of hurting yourself, are you?';
    expect(problemsOf(script)).toContainEqual(expect.stringContaining('rule "ask plainly"'));
    script.nodes[0]!.choices[1]!.feedback = 'Ask plainly instead: are you thinking about killing yourself?';
    expect(problemsOf(script)).toEqual([]);
  });

  it('rejects a script that talks about suicide or an overdose response without declaring the risk', () => {
    const script = base();
    script.nodes[1]!.says = 'Sometimes I think about killing myself.';
    script.endings[0]!.debrief = 'You found the naloxone kit and stayed with them.';
    const problems = problemsOf(script);
    expect(problems).toContainEqual(expect.stringContaining('risks: rule "declare risks": the script talks about suicide'));
    expect(problems).toContainEqual(expect.stringContaining('risks: rule "declare risks": the script talks about an overdose response'));
  });

  it("does not count the Lifeline's name as talk of suicide", () => {
    const script = base();
    script.endings[0]!.debrief = 'You shared the 988 Suicide & Crisis Lifeline before you said goodbye.';
    expect(problemsOf(script)).toEqual([]);
  });

  it('holds an overdose role-play to 911 and CPR on every strong path', () => {
    const script = base();
    script.risks = ['overdose'];
    script.nodes[0]!.choices[0] = {
      ...script.nodes[0]!.choices[0]!,
      line: 'I am calling 911 now and my supervisor after.',
      actions: ['calls-911', 'involves-supervisor'],
    };
    expect(problemsOf(script)).toContainEqual(expect.stringContaining('rule "overdose" needs "cpr"'));
  });
});

describe('the English rules share the holes the clinical reviewer found in the Spanish ones', () => {
  const withLine = (line: string, actions: string[]) => {
    const script = base();
    script.nodes[0]!.choices[0] = { ...script.nodes[0]!.choices[0]!, line, actions };
    return script;
  };
  const earns = (line: string, action: string) =>
    !problemsOf(withLine(line, [action])).some((problem) => problem.includes(`tagged "${action}"`));
  const softened = (line: string) => problemsOf(withLine(line, [])).some((problem) => problem.includes('rule "ask plainly"'));

  it('means-safety needs a means word and an out-of-reach word ("keep it between us" is not means safety)', () => {
    expect(earns('I promise to keep it between us.', 'means-safety')).toBe(false);
    expect(earns('Do you have a gun at home?', 'means-safety')).toBe(false);
    expect(earns('Could you lock it up?', 'means-safety')).toBe(false);
    expect(earns('Could you lock the gun up at home for now?', 'means-safety')).toBe(true);
    expect(earns('Who could take the pills out of your place today?', 'means-safety')).toBe(true);
    expect(earns('Is Sam still holding the pills?', 'means-safety')).toBe(true);
  });

  it('a leading negative or the Lifeline’s name does not count as asking plainly', () => {
    expect(earns("You're not thinking of killing yourself, are you?", 'asks-about-suicide')).toBe(false);
    expect(softened("You're not thinking of killing yourself, are you?")).toBe(true);
    expect(earns('Do you have the number for the 988 Suicide & Crisis Lifeline?', 'asks-about-suicide')).toBe(false);
    expect(earns('Do you have the number for the 988 Suicide and Crisis Lifeline?', 'asks-about-suicide')).toBe(false);
    expect(earns('Are you thinking about killing yourself?', 'asks-about-suicide')).toBe(true);
  });

  it('"How are you today?" is not a question about a plan or timing, and "not an emergency" is not medical help', () => {
    expect(earns('How are you today?', 'asks-plan-or-timing')).toBe(false);
    expect(earns("When you say they'd be better off without you, are you thinking about killing yourself?", 'asks-plan-or-timing')).toBe(
      false,
    );
    expect(earns('Have you thought about how you would do it?', 'asks-plan-or-timing')).toBe(true);
    expect(earns('Are you thinking of doing it soon, like tonight or this week?', 'asks-plan-or-timing')).toBe(true);
    expect(earns("Relax, it's not an emergency.", 'medical-help')).toBe(false);
    expect(earns('This is a medical emergency: I am calling 911.', 'medical-help')).toBe(true);
  });

  it('"stopped breathing" and "want to die" make a script talk about an overdose response or suicide', () => {
    const says = (line: string) => {
      const script = base();
      script.nodes[1]!.says = line;
      return problemsOf(script).join('\n');
    };
    expect(says('He stopped breathing for a second.')).toContain('talks about an overdose response');
    expect(says('Some nights I just want to die.')).toContain('talks about suicide');
  });
});

describe('every role-play follows the safety rubric', () => {
  for (const roleplay of [...loadRoleplays(), ...loadSpanishRoleplays()]) {
    it(`${roleplay.file} passes its declared risks' rules`, () => {
      expect(roleplay.problems.filter((problem) => /rule "/.test(problem))).toEqual([]);
    });
  }
});

/** Every string in a parsed YAML value, with its path, so a failure names the field. */
function stringsOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => stringsOf(item, path ? `${path}.${index}` : `${index}`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, item]) => stringsOf(item, path ? `${path}.${key}` : key));
  return [];
}

/** True for the words of a wrong quiz option or a role-play reply that is not recommended (not their feedback). */
function isWrongAnswerText(raw: unknown, path: string): boolean {
  const match = /^(questions|nodes)\.(\d+)\.(options|choices)\.(\d+)\.(text|line)$/.exec(path);
  if (!match) return false;
  const parents = (raw as Record<string, { options?: Answer[]; choices?: Answer[] }[]>)[match[1]!];
  const item = parents?.[Number(match[2])]?.[match[3] as 'options' | 'choices']?.[Number(match[4])];
  return item?.correct === false || (match[5] === 'line' && item?.recommended !== true);
}
interface Answer {
  correct?: boolean;
  recommended?: boolean;
}

/** MDX prose in paragraphs, with component tags removed; the confidentiality components render the data. */
const paragraphsOf = (body: string) =>
  body
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.replace(/<\/?[A-Z][^>]*>/g, ' ').trim())
    .filter(Boolean);
/** MDX split at its headings, so a list is judged with the words that introduce it. */
const sectionsOf = (body: string) => body.split(/\n(?=#{2,4} )/);
/** Teaching examples of what not to say are allowed to say it. */
const withoutNotThis = (body: string) => body.replace(/<NotThis>[\s\S]*?<\/NotThis>/g, '');

describe('the limits of confidentiality come from one data source', () => {
  it('recognises a statement of the limits, and not a passing mention of privacy', () => {
    expect(statesConfidentialityLimits("It stays between us, with one exception: if someone's life is in danger or a child is hurt.")).toBe(
      true,
    );
    expect(
      statesConfidentialityLimits(
        'The usual limits are abuse or neglect of a child or vulnerable adult, a serious threat to hurt someone, ' +
          'and a medical emergency or danger to life.',
      ),
    ).toBe(true);
    expect(statesConfidentialityLimits('Privacy builds trust. Tell your supervisor how it went.')).toBe(false);
    expect(
      statesConfidentialityLimits('A threat to someone else is a limit of confidentiality, so tell your supervisor if there is danger.'),
    ).toBe(false);
    expect(saysOneException('There is one exception.')).toBe(true);
    const ownList = [
      'These are the times you may have to share:',
      '',
      '- **Abuse of a child.** Report it.',
      '- **A serious threat to hurt someone else.** Tell your supervisor.',
      '- **A medical emergency.** Get help.',
    ].join('\n');
    expect(listsConfidentialityLimits(ownList)).toBe(true);
    expect(listsConfidentialityLimits('- Stay with them.\n- Call 911.\n- Breathe.')).toBe(false);
    expect(promisesRoomSecrecy('Agree that what is said in the room stays in the room.')).toBe(true);
    expect(promisesRoomSecrecy('Stay in the room or on the phone.')).toBe(false);
  });

  it('the script names every limit and promises to tell the person first', () => {
    const script = confidentialityScript();
    expect(script).toMatch(/life is in danger/);
    expect(script).toMatch(/child or a vulnerable adult/);
    expect(script).toMatch(/medical emergency/);
    expect(script).toMatch(/supervisor/);
    expect(script).toMatch(/tell you first whenever it's safe to/);
    expect(script).toMatch(/a law or a court requires it/);
    expect(confidentialityLimits.map((limit) => limit.id)).toEqual([
      'danger-to-self',
      'danger-to-others',
      'abuse-or-neglect',
      'medical-emergency',
      'law-or-court',
      'supervision',
    ]);
  });

  it('the Spanish script names every limit, in the same order and with the same ids, and promises to tell the person first', () => {
    const script = es.confidentialityScript();
    expect(script).toMatch(/tu vida está en peligro/);
    expect(script).toMatch(/otra persona está en peligro grave/);
    expect(script).toMatch(/un niño o un adulto vulnerable sufre maltrato o negligencia/);
    expect(script).toMatch(/emergencia médica/);
    expect(script).toMatch(/una ley o un tribunal lo exige/);
    expect(script).toMatch(/supervisor/);
    expect(script).toMatch(/te lo diré primero siempre que sea seguro/);
    expect(es.confidentialityLimits.map((limit) => limit.id)).toEqual(confidentialityLimits.map((limit) => limit.id));
    expect(es.confidentialityLimitsPhrase()).toMatch(
      /^peligro para su propia vida, .*, cuando una ley o un tribunal lo exige y la supervisión$/,
    );
    expect(es.localRulesNote).toMatch(/tu estado y de tu programa/);
  });

  it('expands the Spanish names to the Spanish text', () => {
    expect(expandSharedText('«{{guion-confidencialidad}}»')).toEqual({ text: `«${es.confidentialityScript()}»`, unknown: [] });
    expect(expandSharedText('Los límites son {{limites-confidencialidad}}.').text).toBe(
      `Los límites son ${es.confidentialityLimitsPhrase()}.`,
    );
  });

  it('expands {{…}} names in quiz text, and rejects an unknown name with the file and field', () => {
    const quiz = {
      module: 'x',
      title: 'Quiz',
      passMark: 0.5,
      questions: [
        {
          id: 'q',
          kind: 'single',
          prompt: 'What now?',
          competency: 'provides-support',
          explanation: 'The limits are {{confidentiality-limits}}.',
          options: [
            { id: 'a', text: '{{confidentiality-script}}', correct: true, feedback: 'Honest and warm.' },
            { id: 'b', text: '{{no-such-text}}', correct: false, feedback: 'Not this one.' },
          ],
        },
      ],
    };
    const result = quizSchema.safeParse(quiz);
    expect(result.success).toBe(false);
    expect(describeIssues('quiz.yaml', result.error!)).toEqual([
      'quiz.yaml: questions.0.options.1.text: unknown shared text "{{no-such-text}}"; ' +
        'known: confidentiality-script, confidentiality-limits, guion-confidencialidad, limites-confidencialidad',
    ]);
    quiz.questions[0]!.options.pop();
    quiz.questions[0]!.options.push({ id: 'b', text: 'Promise anything.', correct: false, feedback: 'Not this one.' });
    const parsed = quizSchema.parse(quiz);
    expect(parsed.questions[0]!.options[0]!.text).toBe(confidentialityScript());
    expect(parsed.questions[0]!.explanation).toMatch(/^The limits are danger to their own life, .*, and supervision\.$/);
  });

  for (const module of allModules()) {
    it(`${module.file}: states no limits of confidentiality in its own words`, () => {
      const frontmatter = stringsOf(module.raw).map(({ text }) => text);
      const paragraphs = paragraphsOf(withoutNotThis(module.body ?? ''));
      const offending = [
        ...[...frontmatter, ...paragraphs].filter((text) => statesConfidentialityLimits(text) || saysOneException(text)),
        ...sectionsOf(withoutNotThis(module.body ?? '')).filter(listsConfidentialityLimits),
      ];
      expect(
        offending.map((text) => `${module.file}: "${text.slice(0, 140)}" — use <ConfidentialityScript /> or <ConfidentialityLimits />`),
      ).toEqual([]);
    });
  }
  for (const entry of allExercises()) {
    it(`${entry.file}: states no limits of confidentiality in its own words`, () => {
      // A wrong answer or a weaker reply may show an incomplete promise: its feedback is what teaches.
      const offending = stringsOf(entry.raw)
        .filter(({ path }) => !isWrongAnswerText(entry.raw, path))
        .filter(({ text }) => statesConfidentialityLimits(text) || saysOneException(text));
      expect(
        offending.map(
          ({ path, text }) =>
            `${entry.file}: ${path}: "${text.slice(0, 140)}" — use {{confidentiality-script}} or {{confidentiality-limits}}`,
        ),
      ).toEqual([]);
    });
  }

  it('the modules that teach the limits take them from the data', () => {
    const byId = new Map(loadModules().map((module) => [module.id, module.body ?? '']));
    expect(byId.get('crisis-referral')).toMatch(/<ConfidentialityScript \/>/);
    expect(byId.get('confidentiality-and-ethics')).toMatch(/<ConfidentialityLimits \/>/);
    expect(byId.get('confidentiality-and-ethics')).toMatch(/<ConfidentialityScript inline \/>/);
  });

  it('the Spanish modules that teach the limits take them from the data too (once they are written)', () => {
    const byId = new Map(loadSpanishModules().map((module) => [module.id, module.body ?? '']));
    if (byId.has('crisis-referral')) expect(byId.get('crisis-referral')).toMatch(/<ConfidentialityScript \/>/);
    if (byId.has('confidentiality-and-ethics')) {
      expect(byId.get('confidentiality-and-ethics')).toMatch(/<ConfidentialityLimits \/>/);
      expect(byId.get('confidentiality-and-ethics')).toMatch(/<ConfidentialityScript inline \/>/);
    }
  });
});

describe('wording rules across the curriculum', () => {
  for (const module of allModules()) {
    it(`${module.file}: group agreements name the safety exceptions instead of promising the room's secrecy`, () => {
      const texts = [
        ...stringsOf((module.raw as { facilitator?: unknown })?.facilitator),
        { path: 'body', text: withoutNotThis(module.body ?? '') },
      ];
      expect(texts.filter(({ text }) => promisesRoomSecrecy(text)).map(({ path }) => `${module.file}: ${path}`)).toEqual([]);
    });
    it(`${module.file}: overdose teaching that mentions rescue breaths also teaches CPR`, () => {
      const sections = (module.body ?? '').split(/\n(?=#{2,3} )/);
      const offending = [...sections, ...stringsOf(module.raw).map(({ text }) => text)].filter(rescueBreathsWithoutCpr);
      expect(offending.map((text) => `${module.file}: "${text.trim().slice(0, 80)}…" mentions rescue breaths without CPR`)).toEqual([]);
    });
  }
  for (const entry of allExercises()) {
    it(`${entry.file}: overdose teaching that mentions rescue breaths also teaches CPR`, () => {
      // A question, or a role-play node or ending, is one unit of teaching.
      const raw = entry.raw as { questions?: unknown[]; nodes?: unknown[]; endings?: unknown[] };
      const units = [...(raw.questions ?? []), ...(raw.nodes ?? []), ...(raw.endings ?? [])].map((unit) =>
        stringsOf(unit)
          .map(({ text }) => text)
          .join(' '),
      );
      expect(units.filter(rescueBreathsWithoutCpr).map((text) => `${entry.file}: "${text.slice(0, 80)}…"`)).toEqual([]);
    });
  }

  it('the crisis module teaches CPR and an AED for a person who is not breathing', () => {
    const crisis = loadModules().find((module) => module.id === 'crisis-referral')!;
    const overdose = (crisis.body ?? '').split(/\n(?=## )/).find((section) => section.startsWith('## Opioid overdose'))!;
    expect(overdose).toMatch(/\bCPR\b/);
    expect(overdose).toMatch(/\bAED\b/);
    expect(overdose).toMatch(/hands-only/i);
  });

  it('the Spanish crisis module teaches RCP (CPR) and a DEA (AED) for a person who is not breathing', () => {
    const crisis = loadSpanishModules().find((module) => module.id === 'crisis-referral');
    if (!crisis) return; // not written yet
    const overdose = (crisis.body ?? '').split(/\n(?=## )/).find((section) => section.startsWith('## Sobredosis de opioides'));
    expect(overdose, `${crisis.file}: no "## Sobredosis de opioides" section`).toBeDefined();
    expect(overdose).toMatch(/\bRCP\b/);
    expect(overdose).toMatch(/\bDEA\b/);
    expect(overdose).toMatch(/solo con las manos/i);
  });
});
