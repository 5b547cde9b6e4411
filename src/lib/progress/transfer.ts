/**
 * Export and import of progress as a JSON file, so a learner can carry it to another device.
 * An import is checked completely before anything is touched; a rejected file changes nothing.
 */
import { ui } from '../i18n';
import { migrate, versionOf } from './migrations';
import { CURRENT_VERSION, progressSchema, type Progress } from './shape';

export const EXPORT_FORMAT = 'alongside-progress';
/** Real exports are a few KB; anything near this is not ours. */
export const MAX_IMPORT_BYTES = 512 * 1024;
const MAX_DEPTH = 12;
const MAX_STRING = 2_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const t = ui.transfer;

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

export type ImportResult = { ok: true; progress: Progress; preview: ImportPreview; ignored: string[] } | { ok: false; error: string };

const reject = (error: string): ImportResult => ({ ok: false, error });

/** Refuses a file by its size in bytes alone, so an oversized file is never read into memory; undefined if the size is fine. */
export function checkImportSize(bytes: number): Extract<ImportResult, { ok: false }> | undefined {
  if (bytes <= MAX_IMPORT_BYTES) return undefined;
  return { ok: false, error: t.tooLarge(MAX_IMPORT_BYTES / 1024) };
}

export function parseImport(text: string, known: KnownIds): ImportResult {
  const tooLarge = checkImportSize(new TextEncoder().encode(text).length);
  if (tooLarge) return tooLarge;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    return reject(t.notJson);
  }
  const hostile = findHostileContent(parsed);
  if (hostile) return reject(t.hostile(hostile));

  if (typeof parsed !== 'object' || parsed === null || (parsed as { format?: unknown }).format !== EXPORT_FORMAT) {
    return reject(t.notExport);
  }
  const file = parsed as { exportedAt?: unknown; progress?: unknown };
  const version = versionOf(file.progress);
  if (Number.isNaN(version) || version < 1 || version > CURRENT_VERSION) {
    return reject(version > CURRENT_VERSION ? t.newerVersion : t.unknownVersion);
  }
  let migrated: unknown;
  try {
    migrated = migrate(file.progress);
  } catch {
    return reject(t.unreadableShape);
  }
  const result = progressSchema.safeParse(migrated);
  if (!result.success) {
    const first = result.error.issues[0]!;
    return reject(t.mistake(first.path.join('.'), first.message));
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
  if (depth > MAX_DEPTH) return t.tooDeep(MAX_DEPTH);
  if (typeof value === 'string') return value.length > MAX_STRING ? t.longText(MAX_STRING) : undefined;
  if (typeof value !== 'object' || value === null) return undefined;
  for (const [key, child] of Object.entries(value)) {
    if (FORBIDDEN_KEYS.has(key)) return t.reservedKey(key);
    if (key.length > MAX_STRING) return t.longKey(MAX_STRING);
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
        ignored.push(t.ignoredItem(kind, id));
        return false;
      }),
    );
  return {
    ignored,
    progress: {
      ...progress,
      modules: keep(t.kinds.module, progress.modules, known.modules),
      quizzes: keep(t.kinds.quiz, progress.quizzes, known.quizzes),
      roleplays: keep(t.kinds.roleplay, progress.roleplays, known.roleplays),
      resources: keep(t.kinds.resource, progress.resources, known.resources),
    },
  };
}
