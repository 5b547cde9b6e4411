/**
 * The built IC&RC crosswalk page against the agendas themselves: every number on it must be the sum of
 * the content files' minutes, read here straight from the modules (not from src/lib/curriculum/crosswalk.ts,
 * whose arithmetic this checks), so a typed or stale number fails.
 */
import { describe, expect, it } from 'vitest';
import { icrcDomainIds } from '../../src/content/schemas/modules';
import { loadModules } from '../unit/content-loader';
import { pages } from './built-site';

const page = pages.find((candidate) => candidate.file === 'trainers/crosswalk/index.html');
const agenda = loadModules().flatMap((module) => module.data?.facilitator.agenda ?? []);
const minutesOf = (items: typeof agenda) => items.reduce((total, item) => total + item.minutes, 0);
/** Hours as the page writes them: one decimal. */
const hours = (minutes: number) => (Math.round(minutes / 6) / 10).toFixed(1);

/** The training time: every activity but breaks. */
const trainingMinutes = minutesOf(agenda.filter((item) => item.kind !== 'break'));
/** Minutes per domain, and `all` (the summary table's foot) for the training time. */
const expected: Record<string, number> = {
  ...Object.fromEntries(icrcDomainIds.map((domain) => [domain, minutesOf(agenda.filter((item) => item.domain === domain))])),
  all: trainingMinutes,
};

describe('the IC&RC crosswalk page adds up the agendas', () => {
  it('is built', () => {
    expect(page, 'dist/trainers/crosswalk/index.html').toBeDefined();
  });

  it('shows each domain’s hours, and the total, as the sum of the agenda items tagged with it', () => {
    const rows = page!.dom.querySelectorAll('.crosswalk-summary tr[data-domain]');
    const shown = Object.fromEntries(
      rows.map((row): [string, { minutes: number; hours: string }] => [
        row.getAttribute('data-domain') ?? '',
        { minutes: Number(row.getAttribute('data-minutes')), hours: row.querySelectorAll('td')[0]?.text.trim() ?? '' },
      ]),
    );
    const wanted = Object.fromEntries(Object.entries(expected).map(([domain, minutes]) => [domain, { minutes, hours: hours(minutes) }]));
    expect(shown).toEqual(wanted);
    const domainsTotal = icrcDomainIds.reduce((total, domain) => total + expected[domain]!, 0);
    expect(domainsTotal, 'the domains account for every minute of training').toBe(trainingMinutes);
  });

  it('states the training time without breaks and the session time with them', () => {
    const totals = page!.dom.querySelector('.totals')!;
    expect(Number(totals.getAttribute('data-training-minutes'))).toBe(trainingMinutes);
    expect(Number(totals.getAttribute('data-session-minutes'))).toBe(minutesOf(agenda));
    expect(totals.text).toContain(`${hours(trainingMinutes)} hours`);
    expect(totals.text).toContain(`${hours(minutesOf(agenda))} hours`);
  });

  it('lists, in each domain’s section, exactly the activities whose minutes make its total', () => {
    for (const domain of icrcDomainIds) {
      const items = page!.dom.querySelectorAll(`section[data-domain="${domain}"] li[data-minutes]`);
      const tagged = agenda.filter((item) => item.domain === domain);
      expect(items.length, `${domain}: activities listed`).toBe(tagged.length);
      expect(
        items.reduce((total, item) => total + Number(item.getAttribute('data-minutes')), 0),
        `${domain}: minutes listed`,
      ).toBe(expected[domain]);
    }
  });
});
