import { describe, expect, it } from 'vitest';
import {
  crosswalk,
  hoursOf,
  icrcRequiredHours,
  type CrosswalkAgendaItem,
  type CrosswalkModuleInput,
} from '../../../src/lib/curriculum/crosswalk';
import { loadModules } from '../content-loader';

const item = (id: string, minutes: number, domain?: CrosswalkAgendaItem['domain'], kind = 'talk'): CrosswalkAgendaItem => ({
  id,
  activity: `Activity ${id}`,
  minutes,
  kind,
  domain,
});
const module = (id: string, order: number, agenda: CrosswalkAgendaItem[]): CrosswalkModuleInput => ({
  id,
  data: { title: `Module ${id}`, order, competencies: ['engages-peers'], facilitator: { agenda } },
});

describe('hours from minutes', () => {
  it('rounds to one decimal without drifting', () => {
    expect([0, 3, 30, 75, 127, 600, 1277].map(hoursOf)).toEqual([0, 0.1, 0.5, 1.3, 2.1, 10, 21.3]);
  });
});

describe('the crosswalk', () => {
  const ethics = module('ethics', 2, [
    item('welcome', 10, 'ethical-responsibility'),
    item('break', 10, undefined, 'break'),
    item('limits', 45, 'ethical-responsibility', 'pairs'),
    item('story', 20, 'mentoring-education'),
  ]);
  const listening = module('listening', 1, [item('oars', 600, 'mentoring-education'), item('pathways', 15, 'advocacy')]);
  const result = crosswalk([ethics, listening]);
  const byDomain = Object.fromEntries(result.domains.map((total) => [total.domain, total]));

  it('has every IC&RC domain in IC&RC order, with the hours IC&RC asks for (46 in all)', () => {
    expect(result.domains.map((total) => [total.domain, total.requiredHours])).toEqual([
      ['advocacy', 10],
      ['mentoring-education', 10],
      ['recovery-wellness', 10],
      ['ethical-responsibility', 16],
    ]);
    expect(result.requiredHours).toBe(46);
    expect(Object.values(icrcRequiredHours).reduce((a, b) => a + b)).toBe(46);
  });

  it('adds each domain up from its activities, modules in course order, activities in agenda order', () => {
    expect(byDomain['mentoring-education']).toEqual({
      domain: 'mentoring-education',
      minutes: 620,
      hours: 10.3,
      requiredHours: 10,
      met: true,
      shortByHours: 0,
      modules: [
        {
          id: 'listening',
          title: 'Module listening',
          order: 1,
          competencies: ['engages-peers'],
          activities: [{ id: 'oars', activity: 'Activity oars', minutes: 600 }],
          minutes: 600,
        },
        {
          id: 'ethics',
          title: 'Module ethics',
          order: 2,
          competencies: ['engages-peers'],
          activities: [{ id: 'story', activity: 'Activity story', minutes: 20 }],
          minutes: 20,
        },
      ],
    });
    expect(byDomain['ethical-responsibility']!.modules[0]!.activities.map((activity) => activity.id)).toEqual(['welcome', 'limits']);
  });

  it('says how far short a domain is, in step with the hours shown, never rounding a gap down to nothing', () => {
    expect(byDomain['ethical-responsibility']).toMatchObject({ minutes: 55, hours: 0.9, met: false, shortByHours: 15.1 });
    expect(byDomain['advocacy']).toMatchObject({ minutes: 15, hours: 0.3, met: false, shortByHours: 9.7 });
    const almost = crosswalk([module('almost', 1, [item('nearly', 599, 'advocacy')])]).domains[0]!;
    expect(almost).toMatchObject({ hours: 10, met: false, shortByHours: 0.1 });
  });

  it('lists a domain no activity counts toward as wholly short', () => {
    expect(byDomain['recovery-wellness']).toMatchObject({ minutes: 0, hours: 0, met: false, shortByHours: 10, modules: [] });
  });

  it('counts breaks in the session time but not in the training time', () => {
    expect(result).toMatchObject({ trainingMinutes: 690, trainingHours: 11.5, sessionMinutes: 700, sessionHours: 11.7 });
  });
});

describe('the crosswalk of the ten modules', () => {
  const modules = loadModules().flatMap((entry) => (entry.data ? [{ id: entry.id, data: entry.data }] : []));
  const result = crosswalk(modules);

  it('accounts for every minute of training: the domains add up to the training time', () => {
    expect(result.domains.reduce((total, domain) => total + domain.minutes, 0)).toBe(result.trainingMinutes);
    expect(result.sessionMinutes).toBe(modules.reduce((total, entry) => total + (entry.data.facilitator.minutes ?? 0), 0));
  });

  it('has a module teaching every domain', () => {
    expect(result.domains.filter((domain) => domain.modules.length === 0).map((domain) => domain.domain)).toEqual([]);
  });

  // Issue #14: a program can use Alongside for the 46 hours of training the IC&RC Peer Recovery credential
  // asks for (10 / 10 / 10 / 16). Trimming an agenda below that must be a decision, not an accident.
  it('covers the hours IC&RC asks for in every domain', () => {
    const short = result.domains
      .filter((domain) => !domain.met)
      .map((domain) => `${domain.domain}: ${domain.hours} of ${domain.requiredHours} hours`);
    expect(short).toEqual([]);
  });
});
