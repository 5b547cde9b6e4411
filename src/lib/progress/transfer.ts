/**
 * Export and import of progress as a JSON file, so a learner can carry it to another device.
 * An import is checked completely before anything is touched; a rejected file changes nothing.
 */
import { migrate, versionOf } from './migrations';
import { CURRENT_VERSION, progressSchema, type Progress } from './shape';

export const EXPORT_FORMAT = 'alongside-progress';
/** Real exports are a few KB; anything near this is not ours. */
export const MAX_IMPORT_BYTES = 512 * 1024;
const MAX_DEPTH = 12;
const MAX_STRING = 2_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  progress: Progress;
}

export function exportProgress(progress: Progress, now = new Date()): string {
  const file: ExportFile = { format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress };
  return JSON.stringify(file, null, 2);
}

export function exportFileName(now = new Date()): string {
  return `alongside-progress-${now.toISOString().slice(0, 10)}.json`;
}

/** The ids this site knows, so an import can drop items for content that no longer exists. */
export interface KnownIds {
  modules: ReadonlySet<string>;
  quizzes: ReadonlySet<string>;
  roleplays: ReadonlySet<string>;
  resources: ReadonlySet<string>;
}

export interface ImportPreview {
  modulesVisited: number;
  quizzesAnswered: number;
  roleplaysPlayed: number;
  resourcesSaved: number;
  exportedAt: string | undefined;
}

export type ImportResult =
  | { ok: true; progress: Progress; preview: ImportPreview; ignored: string[] }
  | { ok: false; error: string };

const reject = (error: string): ImportResult => ({ ok: false, error });

/** Refuses a file by its size in bytes alone, so an oversized file is never read into memory; undefined if the size is fine. */
export function checkImportSize(bytes: number): Extract<ImportResult, { ok: false }> | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return {
    ok: false,
    error: `This file is too large to be an Alongside progress file (the limit is ${MAX_IMPORT_BYTES / 1024} KB). Nothing was changed.`,
  };
}

export function parseImport(text: string, known: KnownIds): ImportResult {
  const tooLarge = checkImportSize(new TextEncoder().encode(text).length);
  if (tooLarge) return tooLarge;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return reject('This file is not a progress file: it is not valid JSON. Nothing was changed.');
  }
  const hostile = findHostileContent(parsed);
  if (hostile) return reject(`This file cannot be imported: ${hostile}. Nothing was changed.`);

  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== EXPORT_FORMAT) {
    return reject('This file is not an Alongside progress export. Choose a file saved with "Export my progress". Nothing was changed.');
  }
  const file = parsed as { exportedAt?: unknown; progress?: unknown };
  const version = versionOf(file.progress);
  if (Number.isNaN(version) || version < 1 || version > CURRENT_VERSION) {
    return reject(
      version > CURRENT_VERSION
        ? 'This file was saved by a newer version of Alongside. ' +
          'Reload the page to get the newest version, then try again. Nothing was changed.'
        : 'This file has an unknown progress version. Nothing was changed.',
    );
  }
  let migrated: unknown;
  try {
    migrated = migrate(file.progress);
  } catch {
    return reject('This file has progress in a shape Alongside cannot read. Nothing was changed.');
  }
  const result = progressSchema.safeParse(migrated);
  if (!result.success) {
    const first = result.error.issues[0]!;
    return reject(`This file has a mistake at "${first.path.join('.')}": ${first.message}. Nothing was changed.`);
  }
  const { progress, ignored } = dropUnknownIds(result.data, known);
  return {
    ok: true,
    progress,
    ignored,
    preview: {
      modulesVisited: Object.keys(progress.modules).length,
      quizzesAnswered: Object.keys(progress.quizzes).length,
      roleplaysPlayed: Object.keys(progress.roleplays).length,
      resourcesSaved: Object.keys(progress.resources).length,
      exportedAt: typeof file.exportedAt === 'string' ? file.exportedAt : undefined,
    },
  };
}

/** Describes the first hostile thing in a parsed value (prototype keys, deep nesting, huge strings), or undefined. */
export function findHostileContent(value: unknown, depth = 0): string | undefined {
  if (depth > MAX_DEPTH) return `it is nested more than ${MAX_DEPTH} levels deep`;
  if (typeof value === 'string')
    return value.length > MAX_STRING ? `it contains a text value longer than ${MAX_STRING} characters` : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) return `it contains the reserved key "${key}"`;
    if (key.length > MAX_STRING) return `it contains a key longer than ${MAX_STRING} characters`;
    const problem = findHostileContent(child, depth + 1);
    if (problem) return problem;
  }
  return undefined;
}

function dropUnknownIds(progress: Progress, known: KnownIds): { progress: Progress; ignored: string[] } {
  const ignored: string[] = [];
  const keep = <T>(kind: string, record: Record<string, T>, ids: ReadonlySet<string>) =>
    Object.fromEntries(
      Object.entries(record).filter(([id]) => {
        if (ids.has(id)) return true;
        ignored.push(`${kind} "${id}"`);
        return false;
      }),
    );
  return {
    ignored,
    progress: {
      ...progress,
      modules: keep('module', progress.modules, known.modules),
      quizzes: keep('quiz', progress.quizzes, known.quizzes),
      roleplays: keep('role-play', progress.roleplays, known.roleplays),
      resources: keep('resource', progress.resources, known.resources),
    },
  };
}
