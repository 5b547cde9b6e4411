// Measures each module's reading level (Flesch-Kincaid grade) with wooorm's flesch-kincaid and
// syllable packages. The content brief aims for about an 8th-grade level. `npm run readability`.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fleschKincaid } from 'flesch-kincaid';
import { syllable } from 'syllable';

/** MDX body -> plain sentences: no frontmatter, components, Markdown marks, tables or lists' bullets. */
export function plainProse(mdx) {
  return mdx
    .replace(/^---\n[\s\S]*?\n---\n/, '')
    .replace(/<\/?[A-Z][^>]*>/g, ' ')
    .replace(/^\|.*\|$/gm, ' ') // tables are reference, not prose
    .replace(/^#+\s+(.*)$/gm, '$1.')
    .replace(/^\s*(?:[-*]|\d+\.)\s+(.*?)([.!?:;]?)$/gm, (_, text, end) => `${text}${end || '.'}`)
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/[*_`>]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function readingLevel(text) {
  const sentences = text.split(/(?<=[.!?])\s+(?=["“(A-Z0-9])/).filter((sentence) => /[a-z]/i.test(sentence));
  const words = text.match(/[A-Za-z][A-Za-z'’-]*/g) ?? [];
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0);
  return {
    grade: fleschKincaid({ sentence: sentences.length, word: words.length, syllable: syllables }),
    words: words.length,
    wordsPerSentence: words.length / sentences.length,
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = join(process.cwd(), 'src', 'content', 'modules');
  console.log('Module                                  Words  Words/sentence  FK grade');
  for (const file of readdirSync(dir).sort()) {
    const { grade, words, wordsPerSentence } = readingLevel(plainProse(readFileSync(join(dir, file), 'utf8')));
    console.log(
      `${file.padEnd(40)}${String(words).padStart(5)}  ${wordsPerSentence.toFixed(1).padStart(14)}  ${grade.toFixed(1).padStart(8)}`,
    );
  }
}
