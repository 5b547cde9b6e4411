import { describe, expect, it } from 'vitest';
import { loadSpanishLanguagePairs, loadSpanishModules, loadSpanishQuizzes, loadSpanishRoleplays } from '../content-loader';
import { findSpanishTerms, missingForms, spanishProseOf, unquoted } from './spanish-terms';

/**
 * Person-first Spanish (issue #20), as tests/unit/language.test.ts does for English: a form from
 * src/content/es/language-pairs.yaml may appear in a Spanish module's prose only inside <Avoid>…</Avoid>,
 * and in quiz and role-play text only as a mention (in quotation marks), in the mentee's own words, or in
 * a wrong answer whose feedback teaches the better word.
 */
const pairsFile = loadSpanishLanguagePairs();
const pairs = pairsFile.data ?? [];
const allTerms = pairs.flatMap((pair) => pair.avoid);
/** Words that are also the ordinary name for a trainer are not looked for in the trainer's guide. */
const learnerOnlyTerms = new Set(pairs.filter((pair) => pair.trainerWord).flatMap((pair) => pair.avoid));
const trainerTextTerms = allTerms.filter((term) => !learnerOnlyTerms.has(term));
/** Phrases where a listed form has another sense or is part of a name (each entry's `except`). */
const exceptions = pairs.flatMap((pair) => pair.except);

describe('the Spanish avoid list', () => {
  it('is valid data', () => {
    expect(pairsFile.problems).toEqual([]);
  });

  it('has every word of the Spanish content brief', () => {
    expect(allTerms).toEqual(
      expect.arrayContaining([
        'adicto',
        'drogadicto',
        'toxicómano',
        'yonqui',
        'vicioso',
        'alcohólico',
        'abuso de sustancias',
        'abuso de drogas',
        'abuso de alcohol',
        'limpio',
        'sucio',
        'ex adicto',
        'recaer',
        'recayó',
        'recaída',
        'terapia de reemplazo',
        'terapia de sustitución',
        'usuario',
        'consumidor',
        'vicio',
        'habilitador',
        // Only in the enabler sense: bare "facilitador" is also the word for whoever leads a session.
        'facilitador de su consumo',
        'codependiente',
        'cometió suicidio',
        'se suicidó',
        'borracho',
        'drogado',
        'loco',
        'enfermo mental',
      ]),
    );
  });

  it('lists every gender and number of each label', () => {
    expect(missingForms(pairs)).toEqual([]);
    expect(
      missingForms([{ avoid: ['adicto', 'adicta', 'adictos'], use: ['x'], why: 'x', except: [], trainerWord: false, verb: false }]),
    ).toEqual(['adictas']);
    expect(
      missingForms([{ avoid: ['consumidor', 'codependiente'], use: ['x'], why: 'x', except: [], trainerWord: false, verb: false }]),
    ).toEqual(['codependientes', 'consumidora', 'consumidoras', 'consumidores']);
  });

  it('never offers, as a word to use, a word it avoids', () => {
    const offending = pairs.flatMap((pair) =>
      pair.use.flatMap((use) => findSpanishTerms(use, allTerms).map(({ term }) => `${use}: ${term}`)),
    );
    expect(offending).toEqual([]);
  });
});

describe('finding avoided words in Spanish', () => {
  const terms = (text: string) => findSpanishTerms(text, allTerms, exceptions).map((found) => found.term);

  it('catches a planted word, in any gender, number or case', () => {
    expect(terms(spanishProseOf('Mi hermano es un adicto.'))).toEqual(['adicto']);
    expect(terms(spanishProseOf('Las ADICTAS también merecen respeto.'))).toEqual(['adictas']);
    expect(terms(spanishProseOf('Ese programa trata el abuso de\nsustancias.'))).toEqual(['abuso de sustancias']);
  });

  it('reads accented letters as letters at both edges of a word', () => {
    expect(terms('Recaí anoche.')).toEqual(['recaí']);
    expect(terms('Su prima recayó, y luego habló de su recaída.')).toEqual(['recayó', 'recaída']);
    expect(terms('Cometió suicidio.')).toEqual(['cometió suicidio']);
    expect(terms('Es toxicómana.')).toEqual(['toxicómana']);
    // Another word that contains a listed form, or differs only by an accent, is not that form.
    expect(terms('Limpió la mesa. Hablamos de la adicción. Es drogadicto.')).toEqual(['drogadicto']);
  });

  it('skips a marked teaching example and component tags', () => {
    expect(terms(spanishProseOf('No digas <Avoid>adicto</Avoid> ni <Avoid>ex adicto</Avoid>.'))).toEqual([]);
    expect(terms(spanishProseOf('<RolePlay id="language-calls-self-junkie" />'))).toEqual([]);
    expect(findSpanishTerms(spanishProseOf('Uno.\n<Avoid>adicto</Avoid>\nEs loca.'), allTerms)).toEqual([
      { term: 'loca', line: 3, excerpt: 'Es loca.' },
    ]);
  });

  it('allows the names of fellowships and the adjective for drinks', () => {
    expect(terms('Va a Alcohólicos Anónimos y a Narcóticos Anónimos. No sirvan bebidas alcohólicas.')).toEqual([]);
    expect(terms('Alcohólicos Anónimos ayuda. Él es alcohólico.')).toEqual(['alcohólico']);
  });

  it('reads a quoted word in YAML text as a mention, not a label', () => {
    expect(terms(unquoted('Dice: "Soy un drogadicto." Tú respondes con calma.'))).toEqual([]);
    expect(terms(unquoted('Cambia «adicto» por «persona con un trastorno».'))).toEqual([]);
    expect(terms(unquoted('Tu mentee es una adicta.'))).toEqual(['adicta']);
  });
});

describe('Spanish module prose uses person-first language', () => {
  for (const module of loadSpanishModules()) {
    it(module.file, () => {
      const data = module.data;
      const learnerText = data ? [data.title, data.summary, data.contentNote ?? '', ...data.objectives, ...data.keyPoints].join('\n') : '';
      const trainerText = data
        ? [
            ...data.facilitator.prompts,
            ...data.facilitator.notes,
            ...data.facilitator.agenda.map((item) => `${item.activity} ${item.detail ?? ''}`),
          ].join('\n')
        : '';
      const problems = [
        ...findSpanishTerms(spanishProseOf(module.body ?? ''), allTerms, exceptions).map(
          (found) => `${module.file}: body line ${found.line}: "${found.term}" outside <Avoid>: ${found.excerpt}`,
        ),
        ...findSpanishTerms(unquoted(learnerText), allTerms, exceptions).map(
          (found) => `${module.file}: frontmatter: "${found.term}": ${found.excerpt}`,
        ),
        ...findSpanishTerms(unquoted(trainerText), trainerTextTerms, exceptions).map(
          (found) => `${module.file}: facilitator: "${found.term}": ${found.excerpt}`,
        ),
      ];
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});

/** Fields that hold ids and tags, not words. */
const notWords = new Set([
  'id',
  'module',
  'kind',
  'competency',
  'skill',
  'next',
  'start',
  'risks',
  'actions',
  'resources',
  'cardEmergencies',
]);

/** Every string of a parsed YAML file with its field path, ids and tags left out. */
function wordsOf(value: unknown, path = ''): { path: string; text: string }[] {
  if (typeof value === 'string') return [{ path, text: value }];
  if (Array.isArray(value)) return value.flatMap((item, index) => wordsOf(item, path ? `${path}.${index}` : `${index}`));
  if (value && typeof value === 'object')
    return Object.entries(value)
      .filter(([key]) => !notWords.has(key))
      .flatMap(([key, item]) => wordsOf(item, path ? `${path}.${key}` : key));
  return [];
}

interface Answer {
  correct?: boolean;
  recommended?: boolean;
}
/**
 * Fields a learner does not read as the curriculum's own voice: the mentee's words and thoughts (people
 * choose how they describe themselves), and a wrong option or a weaker reply, whose feedback teaches.
 */
function isOthersWords(raw: unknown, path: string): boolean {
  if (/^nodes\.\d+\.(says|thought)$|^endings\.\d+\.says$/.test(path)) return true;
  const match = /^(questions|nodes)\.(\d+)\.(options|choices)\.(\d+)\.(text|line)$/.exec(path);
  if (!match) return false;
  const parents = (raw as Record<string, { options?: Answer[]; choices?: Answer[] }[]>)[match[1]!];
  const item = parents?.[Number(match[2])]?.[match[3] as 'options' | 'choices']?.[Number(match[4])];
  return item?.correct === false || (match[5] === 'line' && item?.recommended !== true);
}

describe('Spanish quizzes and role-plays use person-first language', () => {
  it('skips the mentee’s own words and a weaker reply, but not a recommended one', () => {
    const raw = { nodes: [{ says: 'x', choices: [{ line: 'x', recommended: true }, { line: 'x' }] }] };
    expect(
      ['nodes.0.says', 'nodes.0.thought', 'nodes.0.choices.0.line', 'nodes.0.choices.1.line'].map((path) => isOthersWords(raw, path)),
    ).toEqual([true, true, false, true]);
  });

  for (const entry of [...loadSpanishQuizzes(), ...loadSpanishRoleplays()]) {
    it(entry.file, () => {
      const problems = wordsOf(entry.raw)
        .filter(({ path }) => !isOthersWords(entry.raw, path))
        .flatMap(({ path, text }) =>
          findSpanishTerms(unquoted(text), allTerms, exceptions).map(
            (found) => `${entry.file}: ${path}: "${found.term}": ${found.excerpt}`,
          ),
        );
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
