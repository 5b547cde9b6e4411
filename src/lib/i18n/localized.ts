import { currentLanguage, type Language } from './language';

/**
 * One feature's strings in every language, read as if they were the current language's table:
 * `ui.quiz.check` gives the Spanish string on a Spanish page and the English one elsewhere.
 *
 * The choice is made at each read, not once at import, because one build renders both editions (and a
 * component may keep `const t = ui.room.quiz` at module level): a nested table is itself read through,
 * so `t.next` is looked up in the page's language when it is used. Arrays and functions are returned
 * as they are in the current language's table.
 */
export function localized<T extends object>(tables: Readonly<Record<Language, T>>): T {
  return readThrough(tables, []) as T;
}

type Path = readonly PropertyKey[];

function at(table: unknown, path: Path): object {
  let value = table;
  for (const key of path) value = (value as Record<PropertyKey, unknown>)[key];
  return value as object;
}

const isTable = (value: unknown): value is object => typeof value === 'object' && value !== null && !Array.isArray(value);

function readThrough(tables: Readonly<Record<Language, object>>, path: Path): object {
  const current = () => at(tables[currentLanguage()], path);
  const nested = new Map<PropertyKey, object>();
  return new Proxy(at(tables.en, path), {
    get(_, key) {
      const value: unknown = Reflect.get(current(), key);
      if (!isTable(value)) return value;
      let table = nested.get(key);
      if (!table) nested.set(key, (table = readThrough(tables, [...path, key])));
      return table;
    },
    has: (_, key) => Reflect.has(current(), key),
    ownKeys: () => Reflect.ownKeys(current()),
    getOwnPropertyDescriptor(_, key) {
      const descriptor = Reflect.getOwnPropertyDescriptor(current(), key);
      return descriptor && { ...descriptor, configurable: true };
    },
  });
}
