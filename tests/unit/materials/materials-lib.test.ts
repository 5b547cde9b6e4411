import { describe, expect, it } from 'vitest';
import { roleplaySchema, type RoleplayData } from '../../../src/content/schemas/roleplays';
import { generatedIn, isGenerated, normaliseMaterial } from '../../../src/lib/materials/kinds';
import { findMaterialProblems, materialSupply, type MaterialSupply } from '../../../src/lib/materials/check';
import { scenarioCard } from '../../../src/lib/materials/scenario';
import { emergencyTopicsOf, safetyBoxPlan } from '../../../src/lib/materials/emergencies';
import { observerSheet, stepsForRisk } from '../../../src/lib/materials/observer';
import type { RiskId } from '../../../src/lib/safety/roleplay-rules';
import { languageCards } from '../../../src/lib/materials/language';
import { printableContacts } from '../../../src/lib/materials/crisis-card';
import { baseRoleplay } from '../roleplay-fixture';

const script = (change: (raw: ReturnType<typeof baseRoleplay> & Record<string, unknown>) => void = () => {}): RoleplayData => {
  const raw = baseRoleplay() as ReturnType<typeof baseRoleplay> & Record<string, unknown>;
  change(raw);
  return roleplaySchema.parse(raw);
};

const fullSupply: MaterialSupply = {
  'language-cards': 5,
  'scenario-cards': 2,
  'observer-sheets': 4,
  'crisis-cards': 7,
  'sign-in-sheet': 1,
};

describe('materials list entries', () => {
  it('reads a plain string as something to bring, and an object as it is written', () => {
    expect(normaliseMaterial('Timer')).toEqual({ item: 'Timer', from: 'bring' });
    expect(normaliseMaterial({ item: 'Cards', from: 'scenario-cards' })).toEqual({ item: 'Cards', from: 'scenario-cards' });
    expect(isGenerated('scenario-cards')).toBe(true);
    expect(isGenerated('module')).toBe(false);
  });

  it('lists the generated materials once each, in the order the page prints them', () => {
    const listed = generatedIn([
      { item: 'Sign-in', from: 'sign-in-sheet' },
      'Timer',
      { item: 'Observer sheet A', from: 'observer-sheets' },
      { item: 'Scenario cards', from: 'scenario-cards' },
      { item: 'Observer sheet B', from: 'observer-sheets' },
      { item: 'Decision aid', from: 'module' },
    ]);
    expect(listed).toEqual(['scenario-cards', 'observer-sheets', 'sign-in-sheet']);
  });
});

describe('a guide lists only materials the site can produce', () => {
  const file = 'src/content/modules/99-test.mdx';

  it('accepts things to bring, module handouts and generated materials the module has data for', () => {
    const entries = ['Timer', { item: 'Deck of request cards', from: 'bring' as const }, { item: 'Decision aid', from: 'module' as const }];
    expect(findMaterialProblems(file, [...entries, { item: 'Scenario cards', from: 'scenario-cards' }], fullSupply)).toEqual([]);
  });

  it('names the file and item of a printed thing with no source', () => {
    expect(findMaterialProblems(file, ['Timer', 'Printed handout of the four boxes'], fullSupply)).toEqual([
      expect.stringMatching(
        /^src\/content\/modules\/99-test\.mdx: facilitator\.materials\.1: "Printed handout of the four boxes": reads like/,
      ),
    ]);
  });

  it('names a generated material the module has no data for', () => {
    const problems = findMaterialProblems(file, [{ item: 'Role-play cards', from: 'scenario-cards' }], {
      ...fullSupply,
      'scenario-cards': 0,
    });
    expect(problems).toEqual([
      `${file}: facilitator.materials.0: "Role-play cards": the site cannot make scenario-cards for this module: ` +
        "it has no role-plays in the module's folder of src/content/roleplays",
    ]);
  });

  it('counts what each generator has to work with', () => {
    const roleplays = [script(), script()];
    expect(materialSupply({ roleplays, languagePairs: 13, crisisLines: 7 })).toEqual({
      'language-cards': 13,
      'scenario-cards': 2,
      'observer-sheets': 4, // open-question, judgement, simple-reflection, righting-reflex
      'crisis-cards': 7,
      'sign-in-sheet': 1,
    });
    expect(materialSupply({ roleplays: [], languagePairs: 0, crisisLines: 0 })['observer-sheets']).toBe(0);
  });
});

describe('scenario cards', () => {
  it('carry the set-up, the person the speaker plays and the opening line', () => {
    const card = scenarioCard('tiny', script());
    expect(card).toMatchObject({
      id: 'tiny',
      title: 'A tiny valid script',
      speaker: { name: 'Sam', situation: 'Testing the validator.' },
      opening: { says: 'Hello.' },
      emergencies: [],
      safetyBox: false,
    });
  });

  it('open with the start node, and its stage direction', () => {
    const card = scenarioCard(
      'tiny',
      script((raw) => ((raw.nodes[0] as Record<string, unknown>).direction = 'Looks away.')),
    );
    expect(card.opening).toEqual({ says: 'Hello.', direction: 'Looks away.' });
  });

  it('name each emergency a risk brings, once, in a fixed order', () => {
    expect(emergencyTopicsOf(['violence', 'overdose-risk', 'suicide-warning-signs', 'overdose', 'intoxication', 'withdrawal'])).toEqual([
      'suicide',
      'overdose',
      'violence',
      'medical',
      'threat',
    ]);
    expect(emergencyTopicsOf([])).toEqual([]);
  });

  it('keep medical danger (stay with them) apart from a threat (get away)', () => {
    expect(emergencyTopicsOf(['intoxication'])).toEqual(['medical', 'threat']);
    expect(emergencyTopicsOf(['withdrawal'])).toEqual(['medical']);
    expect(emergencyTopicsOf(['violence'])).toEqual(['violence', 'threat']);
  });

  it('add the emergencies a script names for its card beyond its risks', () => {
    expect(emergencyTopicsOf([], ['overdose'])).toEqual(['overdose']);
    expect(safetyBoxPlan({ risks: [], cardEmergencies: ['overdose'] })).toEqual({ topics: ['overdose'], emergencyLines: true });
    expect(safetyBoxPlan({ risks: [] })).toEqual({ topics: [], emergencyLines: false });
    const card = scenarioCard(
      'meds',
      script((raw) => (raw.cardEmergencies = ['overdose'])),
    );
    expect(card).toMatchObject({ emergencies: ['overdose'], safetyBox: true });
  });

  it("give the speaker the person's lines along the recommended path, ending with their last words", () => {
    expect(scenarioCard('tiny', script()).speakerLines).toEqual([
      { says: 'Well...', direction: undefined },
      { says: 'Okay.', direction: undefined },
      { says: 'Thanks.', direction: undefined },
    ]);
  });

  it("put the room's direction in place of every direction the script gives", () => {
    const card = scenarioCard(
      'loud',
      script((raw) => {
        raw.roomDirection = 'Seated; speak firmly, not loudly.';
        (raw.nodes[0] as Record<string, unknown>).direction = 'He stays on his feet, shouting.';
        (raw.nodes[1] as Record<string, unknown>).direction = 'He bumps a chair.';
        raw.nodes[1]!.says = '(He grabs his keys and stands up.) Well...';
      }),
    );
    expect(card.opening).toEqual({ says: 'Hello.', direction: 'Seated; speak firmly, not loudly.' });
    expect(card.speakerLines[0]).toEqual({ says: 'Well...' });
  });

  it('carry the safety box when the script touches a risk or has a content note', () => {
    expect(
      scenarioCard(
        'a',
        script((raw) => (raw.contentNote = 'Mentions a past overdose.')),
      ).safetyBox,
    ).toBe(true);
    const noted = scenarioCard(
      'a',
      script((raw) => (raw.contentNote = 'Mentions a past overdose.')),
    );
    expect(noted.emergencies).toEqual([]);
  });

  it('refuse a script whose start node is missing', () => {
    const broken = { ...script(), start: 'nowhere' };
    expect(() => scenarioCard('broken', broken)).toThrow('role-play "broken": no start node "nowhere"');
  });
});

describe('observer sheets', () => {
  it('split the tagged skills into those the recommended replies use and the rest, in schema order', () => {
    expect(observerSheet(script())).toEqual({
      helpful: ['open-question', 'simple-reflection'],
      alsoNotice: ['righting-reflex', 'judgement'],
      safetySteps: [],
      conditionalSteps: [],
      overdose: false,
    });
  });

  it('word the steps for an active overdose when the script declares one', () => {
    expect(observerSheet({ ...script(), risks: ['overdose'] }).overdose).toBe(true);
    expect(observerSheet({ ...script(), risks: ['overdose-risk'] }).overdose).toBe(false);
  });

  it('list the safety steps the recommended replies take', () => {
    const sheet = observerSheet(
      script((raw) => {
        raw.nodes[2]!.choices[0]!.line = 'Could we call your supervisor and the 988 Lifeline together?';
        raw.nodes[2]!.choices[0]!.actions = ['involves-supervisor', 'contacts-988'];
      }),
    );
    expect(sheet.safetySteps).toEqual(['contacts-988', 'involves-supervisor']);
  });

  it("list every step of each declared risk in the rubric's order, even with no reply tagged, the supervisor last", () => {
    const sheet = observerSheet({ ...script(), risks: ['overdose'] });
    expect(sheet.safetySteps).toEqual([
      'tries-to-wake',
      'calls-911',
      'cpr',
      'naloxone',
      'recovery-position',
      'stays-until-help',
      'involves-supervisor',
    ]);
    // No reply here is tagged, so no way to the strong ending takes the tagged steps; the rest are the rubric's own, unmarked.
    expect(sheet.conditionalSteps).toEqual(['calls-911', 'cpr', 'involves-supervisor']);
  });

  it("add tagged steps after the risks' own, and mark those only some ways to a strong ending take", () => {
    const tagged = script((raw) => {
      raw.nodes[2]!.choices[0]!.line = 'Could we call 911 together?';
      raw.nodes[2]!.choices[0]!.actions = ['calls-911'];
    });
    // A second strong ending, reached without the 911 call.
    const twoWays = {
      ...tagged,
      risks: ['intoxication'] as RiskId[],
      endings: tagged.endings.map((ending) => (ending.id === 'end-mixed' ? { ...ending, outcome: 'strong' as const } : ending)),
    };
    const sheet = observerSheet(twoWays);
    const own = stepsForRisk.intoxication.filter((step) => step !== 'involves-supervisor');
    expect(sheet.safetySteps).toEqual([...own, 'calls-911', 'involves-supervisor']);
    // Only one way takes the 911 call; the untagged de-escalation, medical help and supervisor, none.
    expect(sheet.conditionalSteps).toEqual(['de-escalates', 'medical-help', 'calls-911', 'involves-supervisor']);
  });
});

describe('language cards and the crisis card', () => {
  it('make one card per language pair, sorted, and leave terms out', () => {
    const cards = languageCards([
      { kind: 'pair', avoid: ['user'], useInstead: ['person who uses drugs'], why: 'Puts the person before the behaviour.' },
      { kind: 'term', term: 'OARS', definition: 'Open questions, affirmations, reflections, summaries.' },
      { kind: 'pair', avoid: ['addict'], useInstead: ['person with a substance use disorder'], why: 'A person is more than a diagnosis.' },
    ]);
    expect(cards.map((card) => card.avoid[0])).toEqual(['addict', 'user']);
  });

  it('print only the contacts a card can show: call, text and TTY', () => {
    const contacts = [{ kind: 'call' }, { kind: 'chat' }, { kind: 'text' }, { kind: 'web' }, { kind: 'tty' }];
    expect(printableContacts(contacts).map((contact) => contact.kind)).toEqual(['call', 'text', 'tty']);
  });
});
