/**
 * Export and import of progress as a JSON file, so a learner can carry it to another device.
 * An import is checked completely before anything is touched; a rejected file changes nothing.
 */
import { ui } from '../i18n';
import { migrate, versionOf } from './migrations';
import { isoDateTime } from '../validate';
import { CURRENT_VERSION, progressSchema, type Progress } from './shape';
import { countItems, type Snapshot } from './store';

export const EXPORT_FORMAT = 'alongside-progress';
/** Real exports are a few KB; anything near this is not ours. */
export const MAX_IMPORT_BYTES = 512 * 1024;
const MAX_DEPTH = 12;
const MAX_STRING = 2_000;
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const t = ui.transfer;
const isoTime = isoDateTime();

export interface ExportFile {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  progress: Progress;
}

export function exportProgress(progress: Progress, now = new Date()): string {
  const file: ExportFile = { format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress };
  return JSON.stringify(file, null, 2);
}

/**
 * The export file for what a tab holds. Progress saved by a newer version is written exactly as it was
 * (inside the same envelope), so the newer version can import it; it is never replaced by an empty file.
 */
export function exportSnapshot(snapshot: Snapshot, now = new Date()): { text: string; items: number; newerVersion: boolean } {
  if ('progress' in snapshot) {
    return { text: exportProgress(snapshot.progress, now), items: countItems(snapshot.progress), newerVersion: false };
  }
  let progress: unknown;
  try {
    progress = JSON.parse(snapshot.newerVersionText);
  } catch {
    progress = snapshot.newerVersionText;
  }
  const text = JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), progress }, null, 2);
  return { text, items: 0, newerVersion: true };
}

/** A file name with the person's own calendar date (not UTC's, which is tomorrow for an evening export in the Americas). */
export function exportFileName(now = new Date()): string {
  return `alongside-progress-${localDate(now)}.json`;
}

export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** The skipped items an import preview lists by name; the rest are counted, so 7,000 ids never make a wall of text. */
export const IGNORED_SHOWN = 10;

export function summarizeIgnored(ignored: readonly string[]): { shown: string[]; more: number } {
  return { shown: ignored.slice(0, IGNORED_SHOWN), more: Math.max(0, ignored.length - IGNORED_SHOWN) };
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
    const first = result.issues[0]!;
    return reject(t.mistake(first.path.join('.'), t.issues[first.code]));
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
      exportedAt: validTime(file.exportedAt),
    },
  };
}

/** The value if it is an ISO timestamp a person can be shown, else undefined (never "Invalid Date"). */
function validTime(value: unknown): string | undefined {
  return typeof value === 'string' && isoTime.safeParse(value).success ? value : undefined;
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
