import { describe, expect, it } from 'vitest';
import { detectCrisis, helpCardResources, helpFor, isSpanishCrisis } from '../../src/lib/search/crisis';
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
    ['quiero morir', ['suicide']],
    ['Me quiero matar', ['suicide']],
    ['suicidio', ['suicide']],
    ['mi amigo tuvo una sobredosis', ['overdose']],
    ['mi hermano no respira', ['overdose']],
    ['mi esposo me pega', ['violence']],
    ['abuso sexual', ['sexual-assault']],
    ['ayuda', ['distress']],
    ['¡Auxilio!', ['distress']],
    ['ayuda, quiero morir', ['suicide', 'distress']],
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

  it('knows when the words that suggest danger are Spanish', () => {
    expect(isSpanishCrisis('Quiero morir')).toBe(true);
    expect(isSpanishCrisis('sobredosis')).toBe(true);
    expect(isSpanishCrisis('she wants to die')).toBe(false);
    expect(isSpanishCrisis('open questions')).toBe(false);
  });

  it('shows 911, the 988 Lifeline and Crisis Text Line for a plain call for help in Spanish', () => {
    expect(helpCardResources(detectCrisis('ayuda'))).toEqual(['emergency-911', '988-lifeline', 'crisis-text-line']);
  });

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
