/**
 * Every interface string in both languages, including the ones made by a function ("3 of 10 questions
 * answered"): each returns words, never "undefined", "NaN" or "[object Object]", whatever its values. The
 * type check already holds the Spanish tables to the English keys and parameters (src/lib/i18n/shape.ts).
 */
import { describe, expect, it } from 'vitest';
import * as en from '../../../src/lib/i18n/en';
import * as es from '../../../src/lib/i18n/es';
import { enStatic } from '../../../src/lib/i18n/en-static';
import { esStatic } from '../../../src/lib/i18n/es-static';

type Found = { path: string; value: unknown };

function walk(value: unknown, path: string, found: Found[] = []): Found[] {
  if (typeof value === 'function' || typeof value === 'string') found.push({ path, value });
  else if (Array.isArray(value)) value.forEach((item, index) => walk(item, `${path}[${index}]`, found));
  else if (value && typeof value === 'object') for (const [key, item] of Object.entries(value)) walk(item, `${path}.${key}`, found);
  return found;
}

/** Values a string function may be given: counts (one and several), words, dates, lists of words, flags. */
const row = { letter: 'A', votes: 2, percent: 50, id: 'x', title: 'x', minutes: 5 };
const tries: unknown[][] = [1, 3, 'x', '2026-11-30', ['x', 'y'], [row], row, true, false, 0].map((value) =>
  Array.from({ length: 6 }, () => value),
);

/** Strings the same in both on purpose: a cited document's own English title. */
const sameOnPurpose = new Set(['.static.competencies.intro.cite']);

/** What a function says for each kind of value it accepts (some take numbers, some words, some lists). */
function outputs(make: (...args: unknown[]) => unknown): string[] {
  const said: string[] = [];
  for (const args of tries) {
    try {
      const result = make(...args);
      if (typeof result === 'string') said.push(result);
    } catch {
      // this function does not take that kind of value
    }
  }
  return said;
}

const editions = [
  { language: 'English', tables: { ...en, static: enStatic } },
  { language: 'Spanish', tables: { ...es, static: esStatic } },
];

for (const { language, tables } of editions) {
  describe(`the ${language} interface strings`, () => {
    const strings = walk(tables, language);

    it('are all written', () => {
      const empty = strings.filter(({ value }) => typeof value === 'string' && !value.trim()).map(({ path }) => path);
      // A few strings are deliberately empty (a separator, or the text after a link that ends a sentence).
      expect(empty.length, empty.join('\n')).toBeLessThan(15);
    });

    it('make words from any values they are given', () => {
      const broken = strings.flatMap(({ path, value }) => {
        if (typeof value !== 'function') return [];
        // Given a word where it counts, a function may say "NaN hours": what matters is that the values it is
        // meant for make clean text, so one clean answer passes and none fails.
        const said = outputs(value as (...args: unknown[]) => unknown);
        const clean = said.filter((text) => !/undefined|NaN|\[object /.test(text));
        return clean.length > 0 ? [] : [`${path}: no clean text for any value (${said[0] ?? 'none'})`];
      });
      expect(broken, broken.join('\n')).toEqual([]);
    });
  });
}

describe('the Spanish tables', () => {
  it('are written in Spanish, not copied from English', () => {
    const english = new Map(walk({ ...en, static: enStatic }, '').map(({ path, value }) => [path, value]));
    // The English table's own Spanish lines (the help card for a Spanish search on an English page: keys ending
    // in "Es") are the same in both, on purpose.
    const spanish = walk({ ...es, static: esStatic }, '').filter(
      ({ path, value }) => typeof value === 'string' && value.length > 25 && !/Es(\.|$)/.test(path),
    );
    const same = spanish.filter(({ path, value }) => english.get(path) === value && !sameOnPurpose.has(path)).map(({ path }) => path);
    expect(same, same.join('\n')).toEqual([]);
  });
});
