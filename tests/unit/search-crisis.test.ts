import { describe, expect, it } from 'vitest';
import { cardOffersSpanish, detectCrisis, helpCardResources, helpFor, isSpanishCrisis, offersSpanish } from '../../src/lib/search/crisis';
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
    // Third clinical review: meaning to overdose is suicide too; pills, mixing and stimulants; more ways to say it.
    ['i want to overdose', ['suicide', 'overdose']],
    ['gonna od tonight', ['suicide', 'overdose']],
    ['overdose on purpose', ['suicide', 'overdose']],
    ['how much tylenol to overdose', ['suicide', 'overdose']],
    ['how many pills to die', ['suicide']],
    ['he took a whole bottle of pills', ['suicide', 'overdose']],
    ['my friend took a bunch of xanax', ['suicide', 'overdose']],
    ['i took too much', ['suicide', 'overdose']],
    ['mixed xanax and alcohol', ['overdose']],
    ['chest pain after cocaine', ['overdose']],
    ['wanting to die', ['suicide']],
    ['i don’t want to be alive', ['suicide']],
    ['no point living', ['suicide']],
    ['want to unalive', ['suicide']],
    ['she cut her wrists', ['suicide']],
    ['thinking of jumping off a bridge', ['suicide']],
    ['mi hijo tomó muchas pastillas', ['suicide', 'overdose']],
    ['took a lot of courage to go to a meeting', []],
    ['recovery takes a lot of time', []],
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
    ['he has a gun', ['weapon']],
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
    // Second clinical review, finding 1: afraid of one's own thoughts is distress, afraid of a person is violence.
    ['scared of my own thoughts', ['distress']],
    ['afraid of myself', ['distress']],
    ['scared of what i might do', ['distress']],
    ['terrified of my ex', ['violence']],
    ['afraid of my dad', ['violence']],
    // Finding 2: a weapon gets 911, 988 and the DV Hotline; "ending it" is about suicide.
    ['how to store a gun safely', ['weapon']],
    ['my brother has a gun and says he wants to end it', ['suicide', 'weapon']],
    ['he’s talking about ending it', ['suicide']],
    ['i want to end it', ['suicide']],
    ['she has a rifle', ['weapon']],
    ['their pistol', ['weapon']],
    // Finding 3: self-harm, overdose and attempt, severe withdrawal, threats against the searcher, Spanish.
    ['i want to hurt myself', ['suicide']],
    ['wants to hurt herself', ['suicide']],
    ['thoughts of hurting myself', ['suicide']],
    ['he hurt himself', ['suicide']],
    ['she’s harming herself', ['suicide']],
    ['threatening to hurt himself', ['suicide']],
    ['he’s not waking up', ['overdose']],
    ['she’s unconscious', ['overdose']],
    ['he isn’t responding', ['overdose']],
    ['turning blue', ['overdose']],
    ['took too many pills', ['suicide', 'overdose']],
    ['i took all my pills', ['suicide', 'overdose']],
    ['she took a bunch of pills', ['suicide', 'overdose']],
    ['DTs', ['overdose']],
    ['delirium tremens', ['overdose']],
    ['he is hallucinating', ['overdose']],
    ['he said he’ll kill me', ['violence']],
    ['my husband is going to kill me', ['violence']],
    ['he wants to kill me', ['violence']],
    ['i’ll kill him', ['violence']],
    ['i will kill him', ['violence']],
    ['he said he’d stab us', ['violence']],
    ['me quiere matar', ['violence']],
    ['mi esposo me va a matar', ['violence']],
    ['tiene una pistola', ['weapon']],
    ['tiene un arma', ['weapon']],
    ['quiere hacerse daño', ['suicide']],
    ['se cortó', ['suicide']],
    ['se está cortando', ['suicide']],
    ['no puedo más', ['distress']],
    ['no quiero seguir', ['distress']],
    // Finding 6: the threats that are still violence.
    ['he’s threatening me', ['violence']],
    ['threatened to stab someone', ['violence']],
    // Finding 14.
    ['se suicidó mi hermano', ['suicide']],
    ['suicidios', ['suicide']],
    ['suicidarnos', ['suicide']],
    // Spanish as people type it (issue #20): without accents, misspelt, first and third person.
    ['me quiero morir', ['suicide']],
    ['kiero morir', ['suicide']],
    ['mi hijo dice que se quiere morir', ['suicide']],
    ['pensamientos suicidas', ['suicide']],
    ['suisidio', ['suicide']],
    ['no quiero vivir', ['suicide']],
    ['ya no quiero seguir viviendo', ['suicide', 'distress']],
    ['no tengo razones para vivir', ['suicide']],
    ['todos estarían mejor sin mí', ['suicide']],
    ['quiero acabar con todo', ['suicide']],
    ['me voy a quitar la vida', ['suicide']],
    ['se quitó la vida', ['suicide']],
    ['me kiero matar', ['suicide']],
    ['quiero matarce', ['suicide']],
    ['me voy a pegar un tiro', ['suicide']],
    ['quiero tirarme de un puente', ['suicide']],
    ['me corto los brazos', ['suicide']],
    ['autolesiones', ['suicide']],
    ['cuántas pastillas para morir', ['suicide']],
    ['quiero una sobredosis', ['suicide', 'overdose']],
    ['se tomó todas las pastillas', ['suicide', 'overdose']],
    ['se tomo un frasco de pastillas', ['suicide', 'overdose']],
    ['amenazó con suicidarse', ['suicide']],
    ['no respira', ['overdose']],
    ['no esta respirando', ['overdose']],
    ['dejó de respirar', ['overdose']],
    ['está morado', ['overdose']],
    ['se puso azul', ['overdose']],
    ['no lo puedo despertar', ['overdose']],
    ['está inconsciente', ['overdose']],
    ['cómo usar la naloxona', ['overdose']],
    ['donde conseguir narcan', ['overdose']],
    ['le dio una convulsión', ['overdose']],
    ['mezcló xanax con alcohol', ['overdose']],
    ['dolor de pecho después de cocaína', ['overdose']],
    ['me pega mi esposo', ['violence']],
    ['mi novio me golpea', ['violence']],
    ['violencia domestica', ['violence']],
    ['me amenaza con matarme', ['violence']],
    ['me amenazó con un cuchillo', ['violence', 'weapon']],
    ['lo voy a matar', ['violence']],
    ['tengo miedo de mi esposo', ['violence']],
    ['no estoy segura en mi casa', ['violence']],
    ['maltrato infantil', ['violence']],
    ['tiene un cuchillo', ['weapon']],
    ['hay armas en la casa', ['weapon']],
    ['fui violada', ['sexual-assault']],
    ['me violó', ['sexual-assault']],
    ['necesito ayuda', ['distress']],
    ['ayúdenme', ['distress']],
    ['no aguanto mas', ['distress']],
    ['tengo miedo de lo que pueda hacer', ['distress']],
    ['línea de crisis', ['distress']],
  ];
  for (const [query, kinds] of cases) {
    it(`"${query}" shows help for ${kinds.join(', ')}`, () => {
      expect(detectCrisis(query)).toEqual(kinds);
    });
  }

  it.each([
    'open questions',
    'boundaries with money',
    'SMART Recovery meetings',
    'methadone clinic',
    'body language',
    'good ideas',
    // Second clinical review, findings 1 and 6: ordinary searches that once showed a help card.
    'afraid of my cravings',
    'scared of my feelings',
    'afraid of my first meeting',
    'afraid of my triggers',
    'scared of my recovery',
    'afraid of my sponsor',
    'scared of my mentee',
    'non-threatening body language',
    'i feel threatened',
    'threatened with eviction',
    'probation officer threatened to violate me',
    'cutting back on drinking',
    'cutting down',
    'cutting ties with family',
    // Ordinary Spanish searches that share words with the Spanish signals.
    'escucha activa',
    'límites',
    'limites con el dinero',
    'confidencialidad',
    'violación de la confidencialidad',
    'violación de la libertad condicional',
    'recaída',
    'prevención de recaídas',
    'abuso de sustancias',
    'grupos de ayuda mutua',
    'autoayuda',
    'señales de peligro',
    'plan de seguridad',
    'reducción de daños',
    'entrevista motivacional',
    'AA en español',
    'tratamiento con metadona',
    'se cortó el pelo',
    'no responde mis mensajes',
    'me tomé demasiado tiempo',
    'me tocó ser mentor',
    'matar el antojo',
    'ganas de consumir',
    'acabar con todo el trabajo',
    'cómo terminar la relación de mentoría',
  ])('"%s" is an ordinary search', (query) => {
    expect(detectCrisis(query)).toEqual([]);
  });

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
    expect(isSpanishCrisis('se suicidó mi hermano')).toBe(true);
    expect(isSpanishCrisis('suicidarnos')).toBe(true);
    expect(isSpanishCrisis('suicidal')).toBe(false);
    expect(isSpanishCrisis('tiene una pistola')).toBe(true);
    expect(isSpanishCrisis('no puedo más')).toBe(true);
    // Typed without accents, and English words that look Spanish.
    expect(isSpanishCrisis('se suicido mi hermano')).toBe(true);
    expect(isSpanishCrisis('quiero hacerme dano')).toBe(true);
    expect(isSpanishCrisis('no respira')).toBe(true);
    expect(isSpanishCrisis('delirium tremens')).toBe(false);
    expect(isSpanishCrisis('convulsions')).toBe(false);
    expect(isSpanishCrisis('how to use narcan')).toBe(false);
  });

  it('shows the same help for a Spanish search with or without accents', () => {
    for (const [accented, bare] of [
      ['quiero hacerme daño', 'quiero hacerme dano'],
      ['se tomó todas las pastillas', 'se tomo todas las pastillas'],
      ['está morado', 'esta morado'],
      ['me amenazó con un cuchillo', 'me amenazo con un cuchillo'],
      ['ayúdame', 'ayudame'],
    ] as [string, string][]) {
      expect(detectCrisis(bare), bare).toEqual(detectCrisis(accented));
    }
  });

  it('shows the Domestic Violence Hotline, not only 988, for a threat in Spanish, and 988 for a threat to oneself', () => {
    expect(helpCardResources(detectCrisis('me amenaza con matarme'))).toContain('domestic-violence-hotline');
    expect(helpCardResources(detectCrisis('amenazó con suicidarse'))).not.toContain('domestic-violence-hotline');
    expect(helpCardResources(detectCrisis('amenazó con suicidarse'))).toContain('988-lifeline');
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

  it('shows 911, the 988 Lifeline and the Domestic Violence Hotline for a weapon', () => {
    expect(helpCardResources(detectCrisis('how to store a gun safely'))).toEqual([
      'emergency-911',
      '988-lifeline',
      'domestic-violence-hotline',
    ]);
  });

  it('threats to oneself add no Domestic Violence Hotline', () => {
    for (const query of ['threatening suicide', 'threatened suicide', 'threatening to overdose']) {
      expect(helpCardResources(detectCrisis(query)), query).not.toContain('domestic-violence-hotline');
    }
  });

  it('does not promise Spanish help on a card only because of a line that fits some people', () => {
    const guide = new Map(loadResources().map((resource) => [resource.id, resource.data!]));
    const card = (query: string) => helpCardResources(detectCrisis(query)).map((id) => ({ id, spanish: offersSpanish(guide.get(id)!) }));
    expect(cardOffersSpanish(card('no respira'))).toBe(false);
    expect(cardOffersSpanish(card('quiero morir'))).toBe(true);
    expect(cardOffersSpanish([{ id: 'poison-help', spanish: true }])).toBe(false);
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
