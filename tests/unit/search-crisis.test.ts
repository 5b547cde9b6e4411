import { describe, expect, it } from 'vitest';
import { detectCrisis, helpCardResources, helpFor } from '../../src/lib/search/crisis';
import { loadResources } from './content-loader';

describe('crisis-aware search', () => {
  const cases: [string, string[]][] = [
    ['my mentee said everyone would be better off without him', ['suicide']],
    ['she wants to die', ['suicide']],
    ['thinking about suicide', ['suicide']],
    ['Kill myself', ['suicide']],
    ['friend won’t wake up blue lips', ['overdose']],
    ['how to use narcan', ['overdose']],
    ['he OD’d last night', ['overdose']],
    ['her boyfriend hits her', ['violence']],
    ['not safe at home', ['violence']],
    ['I was raped', ['sexual-assault']],
  ];
  for (const [query, kinds] of cases) {
    it(`"${query}" shows help for ${kinds.join(', ')}`, () => {
      expect(detectCrisis(query)).toEqual(kinds);
    });
  }

  it.each(['open questions', 'boundaries with money', 'SMART Recovery meetings', 'methadone clinic', 'body language', 'good ideas'])(
    '"%s" is an ordinary search',
    (query) => {
      expect(detectCrisis(query)).toEqual([]);
    },
  );

  it('puts emergency services first and lists each line once', () => {
    expect(helpCardResources(['suicide', 'overdose'])).toEqual(['emergency-911', '988-lifeline', 'crisis-text-line', 'poison-help']);
  });

  it('names only resources that exist in the guide', () => {
    const ids = new Set(loadResources().map((resource) => resource.id));
    const missing = Object.values(helpFor)
      .flat()
      .filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });
});
