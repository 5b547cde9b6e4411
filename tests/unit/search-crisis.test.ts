import { describe, expect, it } from 'vitest';
import { detectCrisis, helpCardResources, helpFor, isSpanishCrisis, offersSpanish } from '../../src/lib/search/crisis';
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
    // Common ways people say it that once found no help card (clinical review, finding 2).
    ['i wanna die', ['suicide']],
    ['how to take my own life', ['suicide']],
    ['he wants to end his own life', ['suicide']],
    ['thinking of ending my life', ['suicide']],
    ['going to shoot myself', ['suicide']],
    ['she cut herself', ['suicide']],
    ['I can’t go on', ['suicide']],
    ['i cant go on anymore', ['suicide']],
    ['kms', ['suicide']],
    ['he is gasping', ['overdose']],
    ['alcohol poisoning', ['overdose']],
    ['seizure withdrawal', ['overdose']],
    ['threatening to kill his wife', ['violence']],
    ['he threatened me', ['violence']],
    ['he says he is going to kill her', ['violence']],
    ['she wants to hurt someone', ['violence']],
    ['he has a gun', ['violence']],
    ['I’m scared of my husband', ['violence']],
    ['afraid of her boyfriend', ['violence']],
    // A threat against oneself is about suicide, not violence towards someone else.
    ['he is threatening to kill himself', ['suicide']],
    ['ayúdame', ['distress']],
    ['ayudame por favor', ['distress']],
    ['mi amigo se quiere matar', ['suicide']],
    ['mi hermana quiere quitarse la vida', ['suicide']],
    ['tengo ganas de morir', ['suicide']],
    ['quiero hacerme dano', ['suicide']],
    ['quiero hacerme daño', ['suicide']],
    ['mi hijo no se despierta', ['overdose']],
    ['no reacciona', ['overdose']],
    ['tiene los labios morados', ['overdose']],
    ['mi esposo me golpeó', ['violence']],
    ['mi pareja me amenaza', ['violence']],
    ['me violaron', ['sexual-assault']],
    ['es una emergencia', ['distress']],
    ['estoy en peligro', ['distress']],
    ['ya no aguanto', ['distress']],
    ['suicidarse', ['suicide']],
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
    // "suicide" shares its first letters with "suicidio": English searches keep English options first.
    expect(isSpanishCrisis('thinking about suicide')).toBe(false);
    expect(isSpanishCrisis('suicide warning signs')).toBe(false);
    expect(isSpanishCrisis('suicidal thoughts')).toBe(false);
    expect(isSpanishCrisis('suicidio')).toBe(true);
    expect(isSpanishCrisis('pensamientos suicidas')).toBe(true);
    expect(isSpanishCrisis('me golpeó')).toBe(true);
    expect(isSpanishCrisis('open questions')).toBe(false);
  });

  it('shows 911, the 988 Lifeline and Crisis Text Line for a plain call for help in Spanish', () => {
    expect(helpCardResources(detectCrisis('ayuda'))).toEqual(['emergency-911', '988-lifeline', 'crisis-text-line']);
  });

  it('leads every help card with 911, a threat or a weapon included', () => {
    for (const query of ['threatening to kill his wife', 'he has a gun', 'no reacciona', 'me violaron']) {
      expect(helpCardResources(detectCrisis(query))[0], query).toBe('emergency-911');
    }
  });

  it('says a line offers help in Spanish only when its contacts or languages say so', () => {
    expect(offersSpanish({ languages: ['English'], contacts: [{ kind: 'call' }, { kind: 'call', language: 'es' }] })).toBe(true);
    expect(offersSpanish({ languages: ['English', 'Spanish (press 2)'], contacts: [{ kind: 'call' }] })).toBe(true);
    expect(offersSpanish({ languages: ['English'], contacts: [{ kind: 'call' }] })).toBe(false);
    const guide = new Map(loadResources().map((resource) => [resource.id, resource.data!]));
    expect(offersSpanish(guide.get('988-lifeline')!)).toBe(true);
    expect(offersSpanish(guide.get('rainn-hotline')!)).toBe(false);
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
