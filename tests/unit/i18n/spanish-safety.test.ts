/**
 * The safety rubric's rules read Spanish (issue #20): a safe Spanish example passes and an unsafe one
 * fails, for each rule. tests/unit/safety.test.ts runs the same rules over every Spanish file.
 */
import { describe, expect, it } from 'vitest';
import { optionalItemProblems } from '../../../src/lib/safety/agenda-rules';
import {
  listsConfidentialityLimits,
  promisesRoomSecrecy,
  rescueBreathsWithoutCpr,
  saysOneException,
  statesConfidentialityLimits,
} from '../../../src/lib/safety/text-rules';
import { loadSpanishModules } from '../content-loader';
import { baseRoleplay, roleplayProblems as problemsOf, type Fixture } from '../roleplay-fixture';

/** The fixture as a Spanish suicide role-play whose recommended path does everything the rubric asks. */
function suicideScript(): Fixture {
  const script = baseRoleplay();
  script.risks = ['suicide'];
  // The weaker replies end the conversation early, so only the recommended path reaches the strong ending.
  script.nodes[0]!.choices[1]!.next = 'end-missed';
  script.nodes[1]!.choices[1]!.next = 'end-missed';
  script.nodes[0]!.choices[0] = {
    ...script.nodes[0]!.choices[0]!,
    line: 'Me preocupas mucho. ¿Estás pensando en suicidarte?',
    actions: ['asks-about-suicide'],
  };
  script.nodes[1]!.choices[0] = {
    ...script.nodes[1]!.choices[0]!,
    line: '¿Estás pensando en hacerlo esta noche? ¿Alguna vez lo has intentado? ¿Has estado tomando?',
    actions: ['asks-plan-or-timing', 'asks-past-attempt', 'asks-substance-use'],
  };
  script.nodes[2]!.choices[0] = {
    ...script.nodes[2]!.choices[0]!,
    line: '¿Puede tu hermano venir ahora por la pistola, y llamamos juntos a la Línea 988 mientras le escribo a mi supervisora?',
    actions: ['means-safety', 'contacts-988', 'involves-supervisor'],
  };
  return script;
}

/** The fixture with one recommended Spanish line, on every path to the strong ending, carrying the given tags. */
function withLine(line: string, actions: string[], risks: string[] = []): Fixture {
  const script = baseRoleplay();
  script.risks = risks;
  script.nodes[0]!.choices[0] = { ...script.nodes[0]!.choices[0]!, line, actions };
  script.nodes[0]!.choices[1]!.next = 'end-missed'; // so every strong path takes this line
  return script;
}

describe('role-play rules in Spanish', () => {
  it('accept a Spanish suicide role-play whose strong path asks, asks when, makes means safe, connects and calls the supervisor', () => {
    expect(problemsOf(suicideScript())).toEqual([]);
  });

  it('reject a strong path without the supervisor, and count "supervisora" as the supervisor', () => {
    const script = suicideScript();
    script.nodes[2]!.choices[0]!.line = '¿Puede tu hermano venir ahora por la pistola, y llamamos juntos a la Línea 988?';
    script.nodes[2]!.choices[0]!.actions = ['means-safety', 'contacts-988'];
    expect(problemsOf(script)).toContainEqual(expect.stringContaining('rule "suicide" needs "involves-supervisor"'));
    script.endings[0]!.debrief = 'Mientras él hablaba con el consejero, llamaste a tu supervisora.';
    script.endings[0]!.actions = ['involves-supervisor'];
    expect(problemsOf(script)).toEqual([]);
  });

  it('count the plain words only inside ¿…?, not in the lead-in', () => {
    const script = suicideScript();
    script.nodes[0]!.choices[0]!.line = 'A veces la gente que se siente así piensa en quitarse la vida, ¿te ha pasado?';
    expect(problemsOf(script)).toContainEqual(
      expect.stringMatching(
        /nodes\.0\.choices\.0\.actions: node "n1", choice "good": tagged "asks-about-suicide" but the line does not say it/,
      ),
    );
    script.nodes[0]!.choices[0]!.line = 'Te lo quiero preguntar claro: ¿estás pensando en quitarte la vida?';
    expect(problemsOf(script)).toEqual([]);
    script.nodes[0]!.choices[0]!.line = 'Me importas. ¿Estás pensando en matarte?';
    expect(problemsOf(script)).toEqual([]);
  });

  it('reject a tag whose Spanish line does not say it, and never let Spanish words pass an English line', () => {
    expect(problemsOf(withLine('¿Cómo te sientes hoy?', ['asks-past-attempt']))).toContainEqual(
      expect.stringContaining('tagged "asks-past-attempt" but the line does not say it'),
    );
    // "Solo" is also "only": it says nothing about not using alone.
    expect(problemsOf(withLine('Solo quiero ayudarte.', ['overdose-safety']))).toContainEqual(
      expect.stringContaining('tagged "overdose-safety"'),
    );
    expect(problemsOf(withLine('Si alguna vez consumes, por favor no lo hagas solo.', ['overdose-safety']))).toEqual([]);
    expect(problemsOf(withLine('Take your medication.', ['medical-help']))).toContainEqual(
      expect.stringContaining('tagged "medical-help"'),
    );
  });

  it.each([
    ['¿Es seguro hablar ahora?', 'asks-safe-to-talk'],
    ['¿Estás a salvo esta noche?', 'asks-safe-to-talk'],
    ['¿Puedes hablar sin peligro ahora mismo? Solo dime sí o no.', 'asks-safe-to-talk'],
    ['Vamos a sentarnos con calma, ¿te parece?', 'de-escalates'],
    ['Llamemos a un médico ahora.', 'medical-help'],
    ['Voy a llamar a los servicios de emergencia.', 'calls-911'],
    ['Voy a empezar la RCP.', 'cpr'],
    ['Guarda la pistola bajo llave y dale la llave a tu hermana.', 'means-safety'],
  ])('accept "%s" as %s', (line, action) => {
    expect(problemsOf(withLine(line, [action]))).toEqual([]);
  });

  it('hold a Spanish overdose role-play to 911 and RCP on every strong path', () => {
    expect(
      problemsOf(
        withLine(
          'Llamo al 911 ya, empiezo la RCP y luego aviso a mi supervisor.',
          ['calls-911', 'cpr', 'involves-supervisor'],
          ['overdose'],
        ),
      ),
    ).toEqual([]);
    expect(
      problemsOf(withLine('Llamo al 911 ya y luego aviso a mi supervisor.', ['calls-911', 'involves-supervisor'], ['overdose'])),
    ).toContainEqual(expect.stringContaining('rule "overdose" needs "cpr"'));
  });

  it('reject softened questions ("hacerte daño", "una tontería") in place of the plain one', () => {
    expect(problemsOf(withLine('¿Estás pensando en hacerte daño?', []))).toContainEqual(
      expect.stringMatching(/nodes\.0\.choices\.0\.line: node "n1", choice "good": rule "ask plainly"/),
    );
    const script = baseRoleplay();
    script.nodes[0]!.choices[1]!.line = 'No vas a hacer una tontería, ¿verdad?';
    expect(problemsOf(script)).toContainEqual(expect.stringContaining('rule "ask plainly"'));
    script.nodes[0]!.choices[1]!.feedback = 'Pregunta claro: "¿Estás pensando en suicidarte?"';
    expect(problemsOf(script)).toEqual([]);
    expect(problemsOf(withLine('¿Piensas hacerte algo?', []))).toContainEqual(expect.stringContaining('rule "ask plainly"'));
  });

  it('reject a Spanish script that talks about suicide or an overdose response without declaring it', () => {
    const script = baseRoleplay();
    script.nodes[1]!.says = 'A veces pienso en quitarme la vida.';
    script.endings[0]!.debrief = 'Encontraste el kit de naloxona y te quedaste con ella.';
    const problems = problemsOf(script);
    expect(problems).toContainEqual(expect.stringContaining('risks: rule "declare risks": the script talks about suicide'));
    expect(problems).toContainEqual(expect.stringContaining('risks: rule "declare risks": the script talks about an overdose response'));
  });

  it('read "matarte" as suicide only when the pronoun agrees with the verb', () => {
    const says = (line: string) => {
      const script = baseRoleplay();
      script.nodes[1]!.says = line;
      return problemsOf(script).some((problem) => problem.includes('talks about suicide'));
    };
    expect(says('A veces me quiero matar.')).toBe(true);
    expect(says('Pienso en matarme todos los días.')).toBe(true);
    expect(says('Mi ex dijo que quiere matarme.')).toBe(false);
    expect(says('Si maneja así, se va a matar.')).toBe(false);
    expect(problemsOf(withLine('Me importas. ¿Estás pensando en matarte?', ['asks-about-suicide']))).not.toContainEqual(
      expect.stringContaining('tagged "asks-about-suicide"'),
    );
    expect(problemsOf(withLine('¿Él te dijo que quiere matarte?', ['asks-about-suicide']))).toContainEqual(
      expect.stringContaining('tagged "asks-about-suicide"'),
    );
  });

  it('do not count the Lifeline’s Spanish name as talk of suicide', () => {
    const script = baseRoleplay();
    script.endings[0]!.debrief = 'Antes de despedirte, compartiste la Línea 988 de Prevención del Suicidio y Crisis.';
    expect(problemsOf(script)).toEqual([]);
    script.endings[0]!.debrief = 'Le diste la 988 Línea de Prevención del Suicidio y Crisis, que atiende en español.';
    expect(problemsOf(script)).toEqual([]);
  });
});

/** True if the line earns the tag (no "tagged … but the line does not say it" problem for it). */
const earns = (line: string, action: string) =>
  !problemsOf(withLine(line, [action])).some((problem) => problem.includes(`tagged "${action}"`));
/** True if the recommended line is flagged as a softened question. */
const softened = (line: string) => problemsOf(withLine(line, [])).some((problem) => problem.includes('rule "ask plainly"'));
/** True if a mentee saying this makes the script talk about the given risk. */
const signals = (says: string, what: 'suicide' | 'an overdose response') => {
  const script = baseRoleplay();
  script.nodes[1]!.says = says;
  return problemsOf(script).some((problem) => problem.includes(`the script talks about ${what}`));
};

describe('the clinical reviewer’s probes of the Spanish rules', () => {
  it('1. "solo" meaning "only" does not earn overdose-safety; "no consumas solo" does', () => {
    expect(earns('Si no respira o solo jadea, empieza la RCP.', 'overdose-safety')).toBe(false);
    expect(earns('Solo llámame mañana.', 'overdose-safety')).toBe(false);
    expect(earns('No, solo quiero que me llames mañana.', 'overdose-safety')).toBe(false);
    expect(earns('¿Podemos hablar a solas?', 'overdose-safety')).toBe(false);
    expect(earns('Si vuelves a consumir, no consumas solo.', 'overdose-safety')).toBe(true);
    expect(earns('Por favor, nunca uses a solas.', 'overdose-safety')).toBe(true);
    expect(earns('Quiero que no estés sola esta noche.', 'overdose-safety')).toBe(true);
    expect(earns('Si alguna vez consumes, no lo hagas solo.', 'overdose-safety')).toBe(true);
  });

  it('2. "seguro" meaning sure or insurance does not earn asks-safe-to-talk', () => {
    expect(earns('¿Estás segura de que quieres colgar?', 'asks-safe-to-talk')).toBe(false);
    expect(earns('¿Tienes seguro médico?', 'asks-safe-to-talk')).toBe(false);
    expect(earns('¿Es seguro que vienes mañana?', 'asks-safe-to-talk')).toBe(false);
    expect(earns('¿Es seguro hablar ahora?', 'asks-safe-to-talk')).toBe(true);
    expect(earns('¿Puedes hablar sin peligro?', 'asks-safe-to-talk')).toBe(true);
    expect(earns('¿Estás a salvo?', 'asks-safe-to-talk')).toBe(true);
    expect(earns('¿Te sientes segura en tu casa?', 'asks-safe-to-talk')).toBe(true);
    expect(earns('¿Estás en un lugar seguro?', 'asks-safe-to-talk')).toBe(true);
  });

  it('3. means-safety needs a means word and an out-of-reach word', () => {
    expect(earns('Te prometo que voy a guardar el secreto.', 'means-safety')).toBe(false);
    expect(earns('Guárdalo bajo llave, por favor.', 'means-safety')).toBe(false);
    expect(earns('¿Tienes una pistola en casa?', 'means-safety')).toBe(false);
    expect(earns('¿Puede tu hermano guardar la pistola bajo llave en su casa?', 'means-safety')).toBe(true);
    expect(earns('Pon las pastillas en una caja fuerte.', 'means-safety')).toBe(true);
    expect(earns('¿Quién podría sacar el arma fuera de la casa hoy?', 'means-safety')).toBe(true);
    expect(earns('Que las medicinas queden fuera de su alcance.', 'means-safety')).toBe(true);
    expect(earns('¿Le puedes poner un candado al cuchillo?', 'means-safety')).toBe(true);
  });

  it('4. the plain question cannot be faked by a leading negative, a lead-in or the Lifeline’s name', () => {
    expect(earns('No estarás pensando en suicidarte, ¿verdad?', 'asks-about-suicide')).toBe(false);
    expect(earns('¿No estarás pensando en suicidarte, verdad?', 'asks-about-suicide')).toBe(false);
    expect(earns('No estarás pensando en suicidarte, verdad?', 'asks-about-suicide')).toBe(false);
    expect(softened('No estarás pensando en suicidarte, ¿verdad?')).toBe(true);
    expect(softened('¿No estarás pensando en suicidarte, verdad?')).toBe(true);
    expect(earns('Mucha gente piensa en el suicidio, ¿a ti te pasa algo así?', 'asks-about-suicide')).toBe(false);
    expect(earns('¿Tienes el número de la Línea 988 de Prevención del Suicidio y Crisis?', 'asks-about-suicide')).toBe(false);
    expect(earns('¿Estás pensando en suicidarte?', 'asks-about-suicide')).toBe(true);
    expect(earns('¿Te quieres quitar la vida?', 'asks-about-suicide')).toBe(true);
  });

  it.each([
    '¿Te quieres hacer daño?',
    '¿Te vas a lastimar?',
    '¿Te harías daño?',
    '¿Has pensado en hacerte algo?',
    '¿No vas a hacer una locura, verdad?',
    '¿No estarás pensando en hacer una tontería?',
  ])('5. flags the softened question "%s"', (line) => {
    expect(softened(line)).toBe(true);
  });

  it('5. does not flag someone else hurting the person', () => {
    expect(softened('¿Él te lastimó?')).toBe(false);
    expect(softened('¿Te hizo daño anoche?')).toBe(false);
  });

  it('6. loose words do not earn the asking, de-escalating or medical tags', () => {
    expect(earns('¿Cómo estás hoy?', 'asks-plan-or-timing')).toBe(false);
    expect(earns('¿Cuándo nos vemos?', 'asks-plan-or-timing')).toBe(false);
    expect(earns('¿Has pensado en cómo lo harías?', 'asks-plan-or-timing')).toBe(true);
    expect(earns('¿Estás pensando en hacerlo esta noche?', 'asks-plan-or-timing')).toBe(true);
    expect(earns('¿Estás tomando tus medicinas?', 'asks-substance-use')).toBe(false);
    expect(earns('¿Has estado tomando?', 'asks-substance-use')).toBe(true);
    expect(earns('¿Lo intento?', 'asks-past-attempt')).toBe(false);
    expect(earns('¿Has tenido algún intento antes?', 'asks-past-attempt')).toBe(true);
    expect(earns('¡Vete afuera!', 'de-escalates')).toBe(false);
    expect(earns('¡Tranquilo!', 'de-escalates')).toBe(false);
    expect(earns('Tranquilízate ya.', 'de-escalates')).toBe(false);
    expect(earns('¿Quieres sentarte, o salimos afuera?', 'de-escalates')).toBe(true);
    expect(earns('Hablemos con calma.', 'de-escalates')).toBe(true);
    expect(earns('Tranquila, no es una emergencia.', 'medical-help')).toBe(false);
    expect(earns('Esto es una emergencia médica: llamemos al 911.', 'medical-help')).toBe(true);
  });

  it.each([
    ['Mi hermano dice que se quiere matar.', 'suicide'],
    ['A veces pienso que me voy a quitar la vida.', 'suicide'],
    ['Ya no aguanto, quiero morirme.', 'suicide'],
    ['Mi amigo no está respirando.', 'an overdose response'],
    ['Se puso morado y dejó de respirar.', 'an overdose response'],
  ] as const)('7. "%s" talks about %s', (says, what) => {
    expect(signals(says, what)).toBe(true);
  });
});

describe('wording rules in Spanish', () => {
  it('recognise the limits of confidentiality stated in Spanish words, and not a passing mention', () => {
    expect(statesConfidentialityLimits('Todo queda entre nosotros, salvo que tu vida esté en peligro o un niño sufra daño.')).toBe(true);
    expect(
      statesConfidentialityLimits(
        'Los límites de la confidencialidad son el peligro para tu vida, el daño a un niño o a un adulto vulnerable, ' +
          'una emergencia médica y lo que hablo con mi supervisora.',
      ),
    ).toBe(true);
    expect(statesConfidentialityLimits('La privacidad genera confianza. Cuéntale a tu supervisor cómo te fue.')).toBe(false);
    // "A salvo" is safe, not "except".
    expect(statesConfidentialityLimits('¿Estás a salvo? Quédate conmigo mientras llamo a mi supervisor.')).toBe(false);
    expect(
      listsConfidentialityLimits(
        [
          'Estas son las veces en que tendrías que compartir algo:',
          '',
          '- **El abuso de un niño.** Se reporta.',
          '- **Una amenaza de hacerle daño a otra persona.** Avisa a tu supervisor.',
          '- **Una emergencia médica.** Busca ayuda.',
        ].join('\n'),
      ),
    ).toBe(true);
    expect(listsConfidentialityLimits('- Quédate con la persona.\n- Llama al 911.\n- Respira.')).toBe(false);
  });

  it('catch "one exception", a promise of the room’s secrecy and rescue breaths without CPR', () => {
    expect(saysOneException('Hay una sola excepción.')).toBe(true);
    expect(saysOneException('Queda entre nosotros, con una excepción: tu vida.')).toBe(true);
    expect(saysOneException('Hay algunas excepciones.')).toBe(false);
    expect(promisesRoomSecrecy('Acordemos que lo que se dice aquí, se queda aquí.')).toBe(true);
    expect(promisesRoomSecrecy('Guardamos en privado las historias de cada uno, con excepciones por seguridad.')).toBe(false);
    expect(rescueBreathsWithoutCpr('Si sabes hacerlo, dale respiraciones de rescate.')).toBe(true);
    expect(rescueBreathsWithoutCpr('Si no respira, empieza la RCP; si te enseñaron, agrega respiraciones de rescate.')).toBe(false);
  });

  it('keep a Spanish agenda’s group agreements and confidentiality talk core', () => {
    const agenda = [
      { id: 'welcome', core: false, activity: 'Bienvenida y acuerdos del grupo' },
      { id: 'limits', core: false, activity: 'Charla', detail: 'Explica los límites de la confidencialidad.' },
      { id: 'warm-up', core: false, activity: 'Calentamiento: sentirse escuchado' },
    ];
    expect(optionalItemProblems('boundaries', agenda).map((problem) => problem.split(':')[0])).toEqual([
      'facilitator.agenda.0.core',
      'facilitator.agenda.1.core',
    ]);
  });

  for (const module of loadSpanishModules()) {
    it(`${module.file}: trims only what may be trimmed`, () => {
      expect(optionalItemProblems(module.id, module.data?.facilitator.agenda ?? [])).toEqual([]);
    });
  }
});
