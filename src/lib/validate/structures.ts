/** Schemas that hold others: objects, records, arrays, and optional or nullable values. */
import { schema, type Infer, type Issue, type Path, type Schema } from './schema';

/** A value that may be left out; in an object, its key becomes optional. */
export interface Optional<T> extends Schema<T | undefined> {
  readonly optional: true;
}

export function optional<T>(inner: Schema<T>): Optional<T> {
  return { ...schema((value, path, issues) => (value === undefined ? undefined : inner.read(value, path, issues))), optional: true };
}

export function nullable<T>(inner: Schema<T>): Schema<T | null> {
  return schema((value, path, issues) => (value === null ? null : inner.read(value, path, issues)));
}

type Shape = Record<string, Schema<unknown>>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends Optional<unknown> ? K : never }[keyof S];
type Flat<T> = { [K in keyof T]: T[K] } & {};
export type ObjectOf<S extends Shape> = Flat<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: Infer<S[K]> } & { [K in OptionalKeys<S>]?: Infer<S[K]> }
>;

type Fields = Record<string, unknown>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null && !Array.isArray(value);
const wrongType = <T>(value: unknown, path: Path, issues: Issue[]) => {
  issues.push({ path, code: 'type' });
  return value as T;
};

/** An object with these fields. Keys the shape does not name are left out of the output. */
export function object<S extends Shape>(shape: S): Schema<ObjectOf<S>> & { shape: S } {
  const read = (value: unknown, path: Path, issues: Issue[]): ObjectOf<S> => {
    if (!isObject(value)) return wrongType(value, path, issues);
    const output: Fields = {};
    for (const [key, field] of Object.entries(shape)) {
      // Own fields only: a key inherited from Object.prototype is not a value someone saved.
      const fieldValue = Object.hasOwn(value, key) ? value[key] : undefined;
      const fieldOutput = field.read(fieldValue, [...path, key], issues);
      if (fieldOutput !== undefined) output[key] = fieldOutput;
    }
    return output as ObjectOf<S>;
  };
  return { ...schema(read), shape };
}

/**
 * Keys a record never takes, whatever its key schema says: assigned to a plain object they would
 * change its prototype (prototype pollution) or shadow what every object has.
 */
export const FORBIDDEN_KEYS: readonly string[] = ['__proto__', 'constructor', 'prototype'];

/** A plain object whose every key passes `key` and every value passes `value`. */
export function record<K extends string, S extends Schema<unknown>>(
  key: Schema<K>,
  value: S,
): Schema<Record<K, Infer<S>>> & { key: Schema<K>; value: S } {
  const read = (input: unknown, path: Path, issues: Issue[]): Record<K, Infer<S>> => {
    const prototype: unknown = isObject(input) && Object.getPrototypeOf(input);
    if (prototype !== Object.prototype && prototype !== null) return wrongType(input, path, issues);
    const output: Fields = {};
    for (const [name, entry] of Object.entries(input as Fields)) {
      if (FORBIDDEN_KEYS.includes(name) || !key.safeParse(name).success) issues.push({ path: [...path, name], code: 'key' });
      else output[name] = value.read(entry, [...path, name], issues);
    }
    return output as Record<K, Infer<S>>;
  };
  return { ...schema(read), key, value };
}

export interface ArrayRules {
  /** At most this many items. */
  max?: number;
}

export function array<T>(item: Schema<T>, { max }: ArrayRules = {}): Schema<T[]> & { item: Schema<T> } {
  const read = (value: unknown, path: Path, issues: Issue[]): T[] => {
    if (!Array.isArray(value)) return wrongType(value, path, issues);
    if (max !== undefined && value.length > max) issues.push({ path, code: 'too-long' });
    return value.map((entry, index) => item.read(entry, [...path, index], issues));
  };
  return { ...schema(read), item };
}
