// Reading ease of the Spanish edition: the Fernández-Huerta score, with a Spanish syllable counter
// written here (the English `syllable` package counts English). `npm run readability:es`.
//
// Fernández Huerta, J. (1959). "Medidas sencillas de lecturabilidad". Consigna 214: 29–32. His formula
// adapts Flesch's Reading Ease (206.835 − 84.6·syllables/word − 1.015·words/sentence) to Spanish:
//
//   L = 206.84 − 0.60·P − 1.02·F
//
// with P the syllables per 100 words. F is usually printed as "sentences per 100 words", but that makes
// shorter sentences score lower, the opposite of Flesch's term it adapts; Gwillim Law showed the slip
// ("Error in the Fernandez Huerta Readability Formula", LINGUIST List 22.2332, 2011), and the corrected
// reading, used here, is F = words per sentence. Fernández Huerta's scale: 90–100 muy fácil, 80–90 fácil,
// 70–80 bastante fácil, 60–70 normal, 50–60 bastante difícil, 30–50 difícil, 0–30 muy difícil.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { plainProse as proseOfMdx } from './readability.mjs';

/**
 * MDX body -> plain sentences, stripped exactly as for the English measure (scripts/readability.mjs).
 * @param {string} mdx
 * @returns {string}
 */
export const plainProse = (mdx) => proseOfMdx(mdx);

/** Open (strong) vowels, and the closed ones that carry a written accent: either one is a syllable's own nucleus. */
const nucleus = new Set(['a', 'e', 'o', 'á', 'é', 'ó', 'í', 'ú']);
/** Closed (weak) vowels without an accent: they glide into a neighbouring vowel (diphthong, triphthong). */
const glide = new Set(['i', 'u', 'ü', 'y']);
const isVowel = (/** @type {string} */ letter) => nucleus.has(letter) || glide.has(letter);

/**
 * Syllables in one Spanish word, by the Real Academia Española's rules for diphthongs and hiatus
 * (Ortografía de la lengua española, 2010): two open vowels are in hiatus (ca-os, a-é-re-o); an open vowel and
 * an unaccented closed one form a diphthong (ciu-dad, bai-le, U-ru-guay); a closed vowel with a written
 * accent next to an open one is in hiatus (dí-a, re-ír, pa-ís); two different closed vowels are a
 * diphthong even with an accent (cui-da, cuí-da-te), two equal ones are not (chi-i-ta). A silent h does
 * not separate vowels (bú-ho, prohi-bir); the u of que, qui, gue, gui is silent (gue-rra, guí-a), the ü
 * of güe, güi is not (pin-güi-no); y is a vowel when no vowel follows it (hoy, muy, y). A word with no
 * vowel (RCP) counts as one.
 * @param {string} word
 * @returns {number}
 */
export function spanishSyllables(word) {
  const letters = word
    .toLowerCase()
    .replace(/[^\p{L}]/gu, '')
    .replace(/h/g, '') // a silent h between vowels changes nothing (RAE); the c of ch stays a consonant
    .replace(/qu/g, 'q')
    .replace(/gu(?=[eéií])/g, 'g');
  let syllables = 0;
  let previous = '';
  for (let index = 0; index < letters.length; index++) {
    let letter = letters[index] ?? '';
    // y before a vowel is a consonant (ayuda, reyes).
    if (letter === 'y' && isVowel(letters[index + 1] ?? '')) letter = '';
    if (!isVowel(letter)) {
      previous = '';
      continue;
    }
    if (!previous || startsNewSyllable(previous, letter)) syllables++;
    previous = letter;
  }
  return Math.max(1, syllables);
}

/** True if the vowel `next` is in hiatus with the vowel just before it. */
function startsNewSyllable(/** @type {string} */ before, /** @type {string} */ next) {
  const weak = (/** @type {string} */ v) => glide.has(v) || v === 'í' || v === 'ú';
  // Two closed vowels: a diphthong (ciudad, cuídate, fuimos), unless the same vowel twice (chiita).
  if (weak(before) && weak(next)) return plain(before) === plain(next);
  // A closed vowel without an accent glides into an open one (tie-ne, au-to); otherwise hiatus.
  return !(glide.has(before) || glide.has(next));
}
const plain = (/** @type {string} */ vowel) => vowel.normalize('NFD').replace(/\p{M}/gu, '').replace('y', 'i');

/** Words in Spanish prose: runs of letters (digits, like 988, are not words here, as in the English measure). */
export const spanishWords = (/** @type {string} */ text) => text.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];

/**
 * Sentences in plain prose: a stop, question or exclamation mark (or an ellipsis) followed by a new
 * sentence, which in Spanish may open with ¿ or ¡.
 * @param {string} text
 */
export const spanishSentences = (text) => text.split(/(?<=[.!?…])\s+(?=[¿¡"“«(\p{Lu}0-9])/u).filter((sentence) => /\p{L}/u.test(sentence));

/**
 * The Fernández-Huerta reading ease of plain prose (see the top of this file), with what it is made of.
 * @param {string} text
 * @returns {{ score: number, words: number, sentences: number, syllablesPer100Words: number, wordsPerSentence: number }}
 */
export function fernandezHuerta(text) {
  const words = spanishWords(text);
  const sentences = Math.max(1, spanishSentences(text).length);
  const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0);
  const syllablesPer100Words = words.length ? (100 * syllables) / words.length : 0;
  const wordsPerSentence = words.length / sentences;
  return {
    score: 206.84 - 0.6 * syllablesPer100Words - 1.02 * wordsPerSentence,
    words: words.length,
    sentences,
    syllablesPer100Words,
    wordsPerSentence,
  };
}

/** Fernández Huerta's name for a score. */
export function fernandezHuertaLevel(/** @type {number} */ score) {
  if (score >= 90) return 'muy fácil';
  if (score >= 80) return 'fácil';
  if (score >= 70) return 'bastante fácil';
  if (score >= 60) return 'normal';
  if (score >= 50) return 'bastante difícil';
  if (score >= 30) return 'difícil';
  return 'muy difícil';
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(process.cwd(), 'src', 'content', 'es', 'modules');
  console.log('Módulo                                  Words  Words/sentence  Syll/100w  Fernández-Huerta');
  for (const file of readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()) {
    const result = fernandezHuerta(plainProse(readFileSync(join(dir, file), 'utf8')));
    console.log(
      `${file.padEnd(40)}${String(result.words).padStart(5)}  ${result.wordsPerSentence.toFixed(1).padStart(14)}  ` +
        `${result.syllablesPer100Words.toFixed(0).padStart(9)}  ${result.score.toFixed(1).padStart(6)} (${fernandezHuertaLevel(result.score)})`,
    );
  }
}
