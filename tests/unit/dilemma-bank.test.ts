import { describe, expect, it } from 'vitest';
import { dilemmaTopicIds } from '../../src/content/schemas/dilemmas';
import { DILEMMA_MODULE_ID, DILEMMA_QUIZ_ID } from '../../src/lib/dilemmas/bank';
import { readingLevel } from '../../scripts/readability.mjs';
import { loadDilemmas, loadGlossary, loadModules, loadQuizzes, loadRoleplays } from './content-loader';

/**
 * The dilemma bank (src/content/dilemmas/): each file valid and plain, its links real, and the whole
 * bank as broad as the issue asks once the module that teaches it is in the course. Until then (the
 * bank is written beside the module) only the per-file rules apply.
 */
const dilemmas = loadDilemmas();
const ethicsModule = loadModules().find((module) => module.id === DILEMMA_MODULE_ID);
const roleplayIds = new Set(loadRoleplays().map((roleplay) => roleplay.id));
const avoidTerms = loadGlossary().flatMap((entry) => (entry.data?.kind === 'pair' ? entry.data.avoid : []));
const avoidPattern = (term: string) =>
  new RegExp(`(?<![\\w-])${term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+')}(?![\\w-])`, 'i');

/** Every word of a dilemma a learner or a room reads. */
const wordsOf = (data: NonNullable<(typeof dilemmas)[number]['data']>) =>
  [
    data.title,
    data.situation,
    data.question,
    ...data.options.flatMap((option) => [option.text, option.feedback]),
    data.reasoning,
    ...data.discussion,
  ].join('\n');

describe('every dilemma file', () => {
  for (const entry of dilemmas) {
    describe(entry.file, () => {
      it('matches the schema', () => {
        expect(entry.problems, entry.problems.join('\n')).toEqual([]);
      });

      it('names a role-play that exists, if it names one', () => {
        const roleplay = entry.data?.roleplay;
        if (roleplay) expect(roleplayIds.has(roleplay), `${entry.file}: roleplay: no role-play "${roleplay}"`).toBe(true);
      });

      it('reads at grade 9 or below, in person-first language', () => {
        const words = wordsOf(entry.data!);
        const grade = readingLevel(words).grade;
        expect(
          grade,
          `${entry.file}: Flesch-Kincaid grade ${grade.toFixed(1)}; use shorter sentences and plainer words`,
        ).toBeLessThanOrEqual(9);
        const found = avoidTerms.filter((term) => avoidPattern(term).test(words));
        expect(found, `${entry.file}: use person-first words instead of: ${found.join(', ')}`).toEqual([]);
      });
    });
  }
});

describe('the bank as a whole', () => {
  it('has unique ids, none the same as a quiz (the bank is saved as the quiz "ethics-dilemmas")', () => {
    const ids = dilemmas.map((entry) => entry.id);
    expect(ids.filter((id, index) => ids.indexOf(id) !== index)).toEqual([]);
    expect(loadQuizzes().map((quiz) => quiz.id)).not.toContain(DILEMMA_QUIZ_ID);
  });

  it.runIf(ethicsModule)('has at least 20 dilemmas once the ethics module is in the course', () => {
    expect(dilemmas.length).toBeGreaterThanOrEqual(20);
  });

  it.runIf(ethicsModule)('covers every topic at least once once the ethics module is in the course', () => {
    const covered = new Set(dilemmas.map((entry) => entry.data?.topic));
    expect(dilemmaTopicIds.filter((topic) => !covered.has(topic))).toEqual([]);
  });

  it.runIf(ethicsModule)('is placed in the ethics module with <DilemmaBank />', () => {
    expect(ethicsModule?.body ?? '').toMatch(/<DilemmaBank\s*\/>/);
  });
});
