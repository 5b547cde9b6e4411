/**
 * Facilitator agendas as data the planner and the slides rely on: stable, unique item ids; each item
 * core or optional, with safety content never optional; a slide for every talk segment that points at
 * real key points, prompts and a short role-play scenario of the same module.
 */
import { describe, expect, it } from 'vitest';
import { moduleSchema } from '../../src/content/schemas/modules';
import { optionalItemProblems } from '../../src/lib/safety/agenda-rules';
import { describeIssues, loadModules, loadRoleplays } from './content-loader';

const modules = loadModules();
const roleplays = loadRoleplays();
/** A scenario is read aloud from the projector: longer premises belong in the role-play itself. */
const MAX_SCENARIO_CHARS = 550;

type RawModule = { facilitator: { agenda: Record<string, unknown>[]; prompts: string[] }; keyPoints: string[] };
const boundaries = modules.find((module) => module.id === 'boundaries')!;
const rawBoundaries = () => structuredClone(boundaries.raw) as RawModule;
const problemsOf = (raw: RawModule) => {
  const result = moduleSchema.safeParse(raw);
  return result.success ? [] : describeIssues('03-boundaries.mdx', result.error);
};

describe('the agenda schema names the file and the field', () => {
  it('accepts the boundaries module as written', () => {
    expect(problemsOf(rawBoundaries())).toEqual([]);
  });

  it('rejects an id used twice in one agenda', () => {
    const raw = rawBoundaries();
    raw.facilitator.agenda[3]!.id = 'welcome';
    expect(problemsOf(raw)).toEqual([
      '03-boundaries.mdx: facilitator.agenda.3.id: "welcome" is already the id of agenda.0; agenda ids are unique within a module',
    ]);
  });

  it('rejects a missing id, a missing core and an id that reads as a number', () => {
    const raw = rawBoundaries();
    delete raw.facilitator.agenda[1]!.id;
    delete raw.facilitator.agenda[2]!.core;
    raw.facilitator.agenda[3]!.id = '4';
    const problems = problemsOf(raw).join('\n');
    expect(problems).toContain('facilitator.agenda.1.id:');
    expect(problems).toContain('facilitator.agenda.2.core:');
    expect(problems).toContain('facilitator.agenda.3.id: start with a letter');
  });

  it('asks every talk segment for a slide, and checks what the slide points at', () => {
    const raw = rawBoundaries();
    delete raw.facilitator.agenda[1]!.slide;
    raw.facilitator.agenda[4]!.slide = { points: [2, 99], prompt: 40 };
    raw.facilitator.agenda[0]!.slide = { prompt: 1 };
    expect(problemsOf(raw)).toEqual([
      '03-boundaries.mdx: facilitator.agenda.0.slide: a slide shows the objectives or at least one key point',
      '03-boundaries.mdx: facilitator.agenda.1.slide: a talk segment needs a slide for the room',
      '03-boundaries.mdx: facilitator.agenda.4.slide.prompt: no prompt 40: facilitator.prompts has 6',
      '03-boundaries.mdx: facilitator.agenda.4.slide.points.1: no key point 99: keyPoints has 7',
    ]);
  });
});

describe('the crosswalk fields name the file and the field', () => {
  type RawFacilitator = RawModule['facilitator'] & { minutes?: number };
  const facilitatorOf = (raw: RawModule) => raw.facilitator as RawFacilitator;

  it('asks every activity but a break for its IC&RC domain, and a break for none', () => {
    const raw = rawBoundaries();
    expect(raw.facilitator.agenda[6]!.kind).toBe('break');
    delete raw.facilitator.agenda[2]!.domain;
    raw.facilitator.agenda[6]!.domain = 'advocacy';
    expect(problemsOf(raw)).toEqual([
      '03-boundaries.mdx: facilitator.agenda.2.domain: required: the IC&RC domain this activity mostly teaches ' +
        '(advocacy, mentoring-education, recovery-wellness, ethical-responsibility); only a break has none',
      '03-boundaries.mdx: facilitator.agenda.6.domain: a break counts toward no IC&RC domain (it is not training time): remove domain',
    ]);
  });

  it('rejects a domain that is not one of the four', () => {
    const raw = rawBoundaries();
    raw.facilitator.agenda[3]!.domain = 'ethics';
    const problems = problemsOf(raw);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^03-boundaries\.mdx: facilitator\.agenda\.3\.domain: .*ethical-responsibility/);
  });

  it('asks for the stated length and checks that the agenda adds up to it', () => {
    const raw = rawBoundaries();
    facilitatorOf(raw).minutes = 150;
    expect(problemsOf(raw)).toEqual([
      '03-boundaries.mdx: facilitator.minutes: the agenda adds up to 145 minutes; facilitator.minutes says 150',
    ]);
    raw.facilitator.agenda[0]!.minutes = 15;
    expect(problemsOf(raw)).toEqual([]);
    delete facilitatorOf(raw).minutes;
    expect(problemsOf(raw)).toEqual([
      '03-boundaries.mdx: facilitator.minutes: required: the agenda adds up to 150 minutes; add minutes: 150',
    ]);
  });
});

describe('what a trainer may trim', () => {
  const item = (id: string, core: boolean, activity = 'Pairs: practise', detail?: string) => ({ id, core, activity, detail });

  it('never lets an item of the crisis module be optional', () => {
    expect(optionalItemProblems('crisis-referral', [item('welcome', true), item('cpr-pairs', false)])).toEqual([
      'facilitator.agenda.1.core: "cpr-pairs" is safety content of crisis-referral, which is never optional',
    ]);
  });

  it('never lets the limits of confidentiality or the group agreements be optional', () => {
    const agenda = [
      item('welcome', false, 'Welcome and group agreements'),
      item('limits', false, 'Talk', 'Explain the limits of confidentiality.'),
      item('warm-up', false, 'Warm-up: being heard'),
    ];
    expect(optionalItemProblems('boundaries', agenda)).toEqual([
      'facilitator.agenda.0.core: "welcome" sets out the limits of confidentiality or the room\'s safety exceptions, which are never optional',
      'facilitator.agenda.1.core: "limits" sets out the limits of confidentiality or the room\'s safety exceptions, which are never optional',
    ]);
  });
});

describe('every module’s agenda', () => {
  for (const module of modules) {
    const agenda = module.data?.facilitator.agenda ?? [];

    it(`${module.file}: trims only what may be trimmed`, () => {
      expect(optionalItemProblems(module.id, agenda).map((problem) => `${module.file}: ${problem}`)).toEqual([]);
    });

    it(`${module.file}: slide scenarios are short role-plays of the same module`, () => {
      const problems = agenda.flatMap((item, index) => {
        const id = item.slide?.scenario;
        if (!id) return [];
        const roleplay = roleplays.find((candidate) => candidate.id === id);
        const field = `${module.file}: facilitator.agenda.${index}.slide.scenario`;
        if (!roleplay?.data) return [`${field}: no role-play "${id}"`];
        if (roleplay.data.module !== module.id) return [`${field}: "${id}" belongs to ${roleplay.data.module}`];
        if (roleplay.data.premise.length > MAX_SCENARIO_CHARS)
          return [`${field}: the premise of "${id}" has ${roleplay.data.premise.length} characters; a slide takes ${MAX_SCENARIO_CHARS}`];
        return [];
      });
      expect(problems).toEqual([]);
    });
  }
});
