import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  checkImportSize,
  exportFileName,
  exportProgress,
  parseImport,
  MAX_IMPORT_BYTES,
  IGNORED_SHOWN,
  summarizeIgnored,
  type KnownIds,
} from '../../../src/lib/progress/transfer';
import { emptyProgress } from '../../../src/lib/progress/shape';
import { markVisited, recordAnswer, recordRoleplayEnding } from '../../../src/lib/progress/actions';
import { mergeProgress } from '../../../src/lib/progress/merge';

const at = '2026-11-24T10:00:00.000Z';
const known: KnownIds = {
  modules: new Set(['active-listening', 'boundaries', 'role-and-scope']),
  quizzes: new Set(['active-listening-quiz']),
  roleplays: new Set(['listening-wants-advice']),
  resources: new Set(['988-lifeline']),
};

function sample() {
  let progress = markVisited(emptyProgress(), 'active-listening', at);
  progress = recordAnswer(progress, 'active-listening-quiz', 'open-questions', ['b'], true, at);
  progress = recordRoleplayEnding(progress, 'listening-wants-advice', 'ending-own-plan', 'strong', ['open-question'], at);
  return { ...progress, updatedAt: at };
}

const wrap = (progress: unknown) => JSON.stringify({ format: 'alongside-progress', exportedAt: at, progress });

describe('export and import', () => {
  it('names the export file by the day it was made, so several exports sort in order in a downloads folder', () => {
    expect(exportFileName(new Date('2026-11-24T23:30:00.000Z'))).toBe('alongside-progress-2026-11-24.json');
  });

  it('round-trips an export exactly, with a preview of what it holds', () => {
    const result = parseImport(exportProgress(sample()), known);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.progress).toEqual(sample());
    expect(result.preview).toEqual({
      modulesVisited: 1,
      quizzesAnswered: 1,
      roleplaysPlayed: 1,
      resourcesSaved: 0,
      exportedAt: expect.any(String) as string,
    });
    expect(result.ignored).toEqual([]);
  });

  it('imports a version 1 export by migrating it', () => {
    const v1: unknown = JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'progress-v1.json'), 'utf8'));
    const result = parseImport(wrap(v1), known);
    expect(result.ok).toBe(true);
    if (result.ok) expect(Object.keys(result.progress.modules)).toEqual(['role-and-scope', 'active-listening']);
  });

  it('ignores items for content that no longer exists, and says which', () => {
    const progress = markVisited(sample(), 'retired-module', at);
    const result = parseImport(wrap(progress), known);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.progress.modules['retired-module']).toBeUndefined();
    expect(result.ignored).toEqual(['module "retired-module"']);
  });

  const rejections: [string, string, RegExp][] = [
    ['not JSON', 'this is not json {', /not valid JSON/],
    ['too large', `"${'x'.repeat(MAX_IMPORT_BYTES)}"`, /too large/],
    ['another app’s JSON', JSON.stringify({ hello: 'world' }), /not an Alongside progress export/],
    ['an unknown (newer) version', wrap({ ...sample(), version: 7 }), /newer version/],
    ['a version that is not a number', wrap({ ...sample(), version: 'two' }), /unknown progress version/],
    [
      'wrong types',
      wrap({ ...sample(), modules: { 'active-listening': { visitedAt: 12 } } }),
      /mistake at "modules\.active-listening\.visitedAt"/,
    ],
    [
      'a prototype-pollution key',
      `{"format":"alongside-progress","progress":{"version":2,"__proto__":{"polluted":true}}}`,
      /reserved key "__proto__"/,
    ],
    ['a constructor key', wrap({ ...sample(), modules: { constructor: { prototype: {} } } }), /reserved key "constructor"/],
    ['a huge string', wrap({ ...sample(), updatedAt: 'x'.repeat(5000) }), /longer than 2000 characters/],
    ['deep nesting', wrap(JSON.parse('['.repeat(40) + ']'.repeat(40))), /nested more than/],
  ];
  for (const [name, text, message] of rejections) {
    it(`rejects ${name} with a clear message`, () => {
      const result = parseImport(text, known);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error).toMatch(message);
        expect(result.error).toMatch(/Nothing was changed/);
      }
    });
  }

  it('refuses an oversized file by its size alone, with the same message as when it is read', () => {
    expect(checkImportSize(MAX_IMPORT_BYTES)).toBeUndefined();
    const refused = checkImportSize(MAX_IMPORT_BYTES + 1);
    expect(refused?.ok).toBe(false);
    expect(refused?.error).toMatch(/too large.*the limit is 512 KB.*Nothing was changed/);
    expect(parseImport(`"${'x'.repeat(MAX_IMPORT_BYTES)}"`, known)).toEqual(refused);
  });

  it('leaves Object.prototype untouched by a hostile file', () => {
    parseImport(`{"format":"alongside-progress","progress":{"__proto__":{"polluted":true}}}`, known);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});

describe('merging two devices’ progress', () => {
  it('keeps every item, the newer answer, the best outcome and the most attempts', () => {
    const laptop = recordAnswer(sample(), 'active-listening-quiz', 'open-questions', ['c'], false, '2026-11-25T10:00:00.000Z');
    let phone = markVisited(emptyProgress(), 'boundaries', at);
    phone = recordRoleplayEnding(phone, 'listening-wants-advice', 'ending-decides-alone', 'missed', ['judgement'], at);
    phone = recordRoleplayEnding(phone, 'listening-wants-advice', 'ending-decides-alone', 'missed', [], at);
    const merged = mergeProgress(phone, laptop);
    expect(Object.keys(merged.modules).sort()).toEqual(['active-listening', 'boundaries']);
    expect(merged.quizzes['active-listening-quiz']?.answers['open-questions']?.selected).toEqual(['c']);
    expect(merged.roleplays['listening-wants-advice']).toMatchObject({ attempts: 2, bestOutcome: 'strong' });
    expect(merged.roleplays['listening-wants-advice']?.skillsUsed.sort()).toEqual(['judgement', 'open-question']);
  });
});

describe('what an import preview and an export file say (#17.4)', () => {
  it('shows no date rather than "Invalid Date" when exportedAt is not a time', () => {
    const text = JSON.stringify({ format: 'alongside-progress', exportedAt: 'last Tuesday', progress: emptyProgress() });
    const result = parseImport(text, known);
    expect(result.ok && result.preview.exportedAt).toBeUndefined();
  });

  it('names at most ten skipped items and counts the rest', () => {
    const ids = Array.from({ length: 7_000 }, (_, index) => `quiz "old-${index}"`);
    const { shown, more } = summarizeIgnored(ids);
    expect(shown).toHaveLength(IGNORED_SHOWN);
    expect(more).toBe(6_990);
    expect(summarizeIgnored(ids.slice(0, 3))).toEqual({ shown: ids.slice(0, 3), more: 0 });
  });

  it('names the file with the person’s own calendar date, not UTC’s', () => {
    const evening = new Date(2026, 10, 29, 23, 30); // local time
    expect(exportFileName(evening)).toBe('alongside-progress-2026-11-29.json');
  });
});
