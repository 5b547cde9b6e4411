/**
 * Reads saved progress item by item, so one bad item (an out-of-range score, a mangled date, a
 * misspelt id) loses only itself and never hides everything else. Each module visit, quiz answer,
 * role-play and saved resource is an item; a bad optional detail inside an item (a quiz's last score,
 * a role-play's unfinished path) is dropped on its own and the item kept.
 */
import type { Schema } from '../validate';
import {
  CURRENT_VERSION,
  emptyProgress,
  progressSchema,
  quizAnswerSchema,
  roleplayProgressSchema,
  type Progress,
  type QuizProgress,
  type RoleplayProgress,
} from './shape';

export interface Salvaged {
  progress: Progress;
  /** Where each dropped piece was, e.g. "quizzes.boundaries-quiz.lastScore". Empty when everything was read. */
  lost: string[];
}

type Fields = Record<string, unknown>;
const { shape } = progressSchema;
const roleplayShape = roleplayProgressSchema.shape;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const valid = <T>(schema: Schema<T>, value: unknown): value is T => schema.safeParse(value).success;
const validId = (key: string) => valid(shape.modules.key, key);

/** Salvages a value already migrated to the current version; undefined when it is not progress at all. */
export function salvageProgress(value: unknown): Salvaged | undefined {
  if (!isObject(value) || value.version !== CURRENT_VERSION) return undefined;
  const lost: string[] = [];
  const progress = emptyProgress();
  // updatedAt only orders saves; a bad one is replaced by the epoch (any later save is newer), not reported.
  if (valid(shape.updatedAt, value.updatedAt)) progress.updatedAt = value.updatedAt;
  progress.modules = items('modules', value.modules, lost, (entry) => (valid(shape.modules.value, entry) ? entry : undefined));
  progress.resources = items('resources', value.resources, lost, (entry) => (valid(shape.resources.value, entry) ? entry : undefined));
  progress.quizzes = items('quizzes', value.quizzes, lost, (entry, path) => salvageQuiz(entry, path, lost));
  progress.roleplays = items('roleplays', value.roleplays, lost, (entry, path) => salvageRoleplay(entry, path, lost));
  progress.settings = optionalFields(shape.settings.shape, value.settings, 'settings', lost);
  return { progress, lost };
}

/** Keeps each entry of a record that has a valid id and survives `read`; records the rest as lost. */
function items<T>(path: string, record: unknown, lost: string[], read: (entry: unknown, path: string) => T | undefined): Record<string, T> {
  if (record === undefined) return {};
  if (!isObject(record)) {
    lost.push(path);
    return {};
  }
  const kept: Record<string, T> = {};
  for (const [key, entry] of Object.entries(record)) {
    const item = validId(key) ? read(entry, `${path}.${key}`) : undefined;
    if (item === undefined) lost.push(`${path}.${key}`);
    else kept[key] = item;
  }
  return kept;
}

/** Copies the optional fields of `value` that pass their own schema; a bad one is dropped and recorded. */
function optionalFields(fields: Record<string, Schema<unknown>>, value: unknown, path: string, lost: string[]): Fields {
  if (value === undefined) return {};
  if (!isObject(value)) {
    lost.push(path);
    return {};
  }
  const kept: Fields = {};
  for (const [name, schema] of Object.entries(fields)) {
    if (value[name] === undefined) continue;
    if (valid(schema, value[name])) kept[name] = value[name];
    else lost.push(`${path}.${name}`);
  }
  return kept;
}

function salvageQuiz(entry: unknown, path: string, lost: string[]): QuizProgress | undefined {
  if (!isObject(entry)) return undefined;
  const { answers: _answers, ...details } = shape.quizzes.value.shape;
  const answers = items(`${path}.answers`, entry.answers, lost, (answer) => (valid(quizAnswerSchema, answer) ? answer : undefined));
  return { answers, ...optionalFields(details, entry, path, lost) };
}

function salvageRoleplay(entry: unknown, path: string, lost: string[]): RoleplayProgress | undefined {
  // The attempt count is the record itself: without a readable one, the item is lost.
  if (!isObject(entry) || !valid(roleplayShape.attempts, entry.attempts)) return undefined;
  const { attempts: _attempts, skillsUsed: _skills, ...details } = roleplayShape;
  const skills = Array.isArray(entry.skillsUsed) ? entry.skillsUsed.filter((skill) => validId(String(skill))).slice(0, 50) : [];
  if (!Array.isArray(entry.skillsUsed) || skills.length !== entry.skillsUsed.length) lost.push(`${path}.skillsUsed`);
  return {
    attempts: entry.attempts,
    skillsUsed: skills as string[],
    ...optionalFields(details, entry, path, lost),
  };
}
