import { describe, expect, it } from 'vitest';
import { fernandezHuerta, fernandezHuertaLevel, plainProse, spanishSentences, spanishSyllables } from '../../../scripts/readability-es.mjs';
import { loadSpanishModules } from '../content-loader';

/** The lowest Fernández-Huerta score a Spanish module's body may have: 60–70 is "normal", 70–80 "bastante fácil". */
const minimumScore = 65;

describe('Spanish syllables (diphthongs and hiatus)', () => {
  it.each([
    // A written accent on a closed vowel next to an open one makes a hiatus.
    ['día', 2],
    ['país', 2],
    ['reír', 2],
    ['oír', 2],
    ['creíble', 3],
    // Two closed vowels, or a closed and an open one without an accent, make one syllable.
    ['ciudad', 2],
    ['cuídate', 3],
    ['huí', 1],
    ['persona', 3],
    ['recuperación', 5],
    ['acompañamiento', 6],
    ['Uruguay', 3],
    ['buey', 1],
    // Two open vowels are in hiatus: a-é-re-o has four syllables (two hiatus), re-a-cio three.
    ['aéreo', 4],
    ['reacio', 3],
    ['leer', 2],
    ['caos', 2],
    // The same closed vowel twice is a hiatus.
    ['chiita', 3],
    // The u of gue, gui, que, qui is silent; the ü of güe, güi is not.
    ['guía', 2],
    ['guerra', 2],
    ['aquí', 2],
    ['pingüino', 3],
    ['averiguáis', 4],
    // A silent h does not separate vowels.
    ['búho', 2],
    ['ahí', 2],
    ['alcohol', 3],
    ['prohibir', 2],
    // y is a vowel at the end of a word, a consonant before a vowel.
    ['hoy', 1],
    ['muy', 1],
    ['y', 1],
    ['reyes', 2],
    ['ayuda', 3],
    // Capitals, and a word with no vowel.
    ['ÁRBOL', 2],
    ['RCP', 1],
  ])('%s has %i', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

describe('Fernández-Huerta reading ease', () => {
  it('splits sentences at ¿ and ¡ too', () => {
    expect(spanishSentences('Me preocupas. ¿Estás pensando en suicidarte? ¡Gracias por decírmelo! Aquí estoy.')).toHaveLength(4);
  });

  it('scores short sentences of common words as easy and long technical ones as hard', () => {
    const easy = fernandezHuerta('Te escucho. ¿Qué pasó? Dime más. Aquí estoy contigo.');
    const hard = fernandezHuerta(
      'La implementación de intervenciones multidisciplinarias requiere una coordinación interinstitucional ' +
        'considerablemente estructurada y una responsabilidad organizacional sostenida en el tiempo.',
    );
    expect(easy.score).toBeGreaterThan(90);
    expect(hard.score).toBeLessThan(30);
    expect(fernandezHuertaLevel(easy.score)).toBe('muy fácil');
    expect(fernandezHuertaLevel(hard.score)).toBe('muy difícil');
  });

  it('follows the formula: 206.84 − 0.60 × syllables per 100 words − 1.02 × words per sentence', () => {
    // 4 words, 8 syllables (ca-sa, pe-rro, ga-to, me-sa), 2 sentences.
    const result = fernandezHuerta('Casa perro. Gato mesa.');
    expect(result).toMatchObject({ words: 4, sentences: 2, syllablesPer100Words: 200, wordsPerSentence: 2 });
    expect(result.score).toBeCloseTo(206.84 - 0.6 * 200 - 1.02 * 2, 6);
  });

  it('names each band of the scale', () => {
    expect([95, 85, 75, 65, 55, 40, 10].map(fernandezHuertaLevel)).toEqual([
      'muy fácil',
      'fácil',
      'bastante fácil',
      'normal',
      'bastante difícil',
      'difícil',
      'muy difícil',
    ]);
  });
});

describe(`Spanish module prose stays plain (Fernández-Huerta ${minimumScore} or more)`, () => {
  for (const module of loadSpanishModules()) {
    it(module.file, () => {
      const { score, wordsPerSentence, syllablesPer100Words } = fernandezHuerta(plainProse(module.body ?? ''));
      expect(
        score,
        `${module.file}: Fernández-Huerta ${score.toFixed(1)} (${fernandezHuertaLevel(score)}; ${wordsPerSentence.toFixed(1)} words ` +
          `a sentence, ${syllablesPer100Words.toFixed(0)} syllables per 100 words); aim for ${minimumScore} or more with shorter ` +
          'sentences and common words',
      ).toBeGreaterThanOrEqual(minimumScore);
    });
  }
});
