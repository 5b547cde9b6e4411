/**
 * The Spanish edition keeps every id of the English one (issue #20): saved answers, endings and planner
 * links are keyed by ids, and a learner may switch language mid-module. Each Spanish module, quiz and
 * role-play has an English file of the same id and path, and the same ids, numbers, answer key, graph and
 * safety tags; only the words differ. A mismatch names the Spanish file and the item by its id.
 */
import { describe, expect, it } from 'vitest';
import {
  loadModules,
  loadQuizzes,
  loadRoleplays,
  loadSpanishModules,
  loadSpanishQuizzes,
  loadSpanishRoleplays,
  type Loaded,
} from '../content-loader';
import { spanishModuleIds, spanishQuizIds, spanishRoleplayIds } from '../../../src/lib/i18n/edition';
import { factDifferences, moduleFacts, quizFacts, roleplayFacts, type Facts } from './parity';

/** The path under src/content/<kind>/ (or src/content/es/<kind>/), which must be the same in both editions. */
const pathInEdition = (file: string) => file.replace(/^src\/content\/(es\/)?/, '');

function checkParity<T>(spanish: Loaded<T>[], english: Loaded<T>[], facts: (entry: Loaded<T>, data: T) => Facts) {
  const englishById = new Map(english.map((entry) => [entry.id, entry]));
  for (const entry of spanish) {
    it(`${entry.file} keeps the English ids`, () => {
      const original = englishById.get(entry.id);
      expect(original, `${entry.file}: no English file with the id "${entry.id}"`).toBeDefined();
      expect(
        pathInEdition(entry.file),
        `${entry.file}: the English file of id "${entry.id}" is ${original!.file}; use the same folder and file name`,
      ).toBe(pathInEdition(original!.file));
      expect(entry.problems, entry.problems.join('\n')).toEqual([]);
      expect(original!.data, `${original!.file} is not valid, so there is nothing to compare with`).toBeDefined();
      const differences = factDifferences(entry.file, facts(original!, original!.data!), facts(entry, entry.data!));
      expect(differences, differences.join('\n')).toEqual([]);
    });
  }
}

describe('Spanish modules keep the English ids', () => {
  checkParity(loadSpanishModules(), loadModules(), (entry, data) => moduleFacts(data, entry.body ?? ''));
});
describe('Spanish quizzes keep the English ids', () => {
  checkParity(loadSpanishQuizzes(), loadQuizzes(), (_, data) => quizFacts(data));
});
describe('Spanish role-plays keep the English ids', () => {
  checkParity(loadSpanishRoleplays(), loadRoleplays(), (_, data) => roleplayFacts(data));
});

describe('the Spanish edition’s lists (src/lib/i18n/edition.ts) match the Spanish files', () => {
  // What the Spanish pages and links rely on: a listed id without a file is a broken /es/ page, a file
  // without a listing is a page no link reaches.
  const same = (listed: readonly string[], files: { id: string }[], list: string, folder: string) => {
    const ids = new Set(files.map((entry) => entry.id));
    return [
      ...files.filter((entry) => !listed.includes(entry.id)).map((entry) => `${folder}: "${entry.id}" is not in ${list}`),
      ...listed.filter((id) => !ids.has(id)).map((id) => `${list} lists "${id}" but ${folder} has no file for it`),
    ];
  };

  it('lists every Spanish module, and only those', () => {
    expect(same(spanishModuleIds, loadSpanishModules(), 'spanishModuleIds', 'src/content/es/modules/')).toEqual([]);
  });
  it('lists every Spanish role-play, and only those', () => {
    expect(same(spanishRoleplayIds, loadSpanishRoleplays(), 'spanishRoleplayIds', 'src/content/es/roleplays/')).toEqual([]);
  });
  it('lists every Spanish quiz, and only those', () => {
    expect(same(spanishQuizIds, loadSpanishQuizzes(), 'spanishQuizIds', 'src/content/es/quizzes/')).toEqual([]);
  });
});
