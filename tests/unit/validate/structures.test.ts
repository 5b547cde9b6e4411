/** The validator's structures: objects, records, arrays, optional and nullable, with paths to every issue. */
import { describe, expect, expectTypeOf, it } from 'vitest';
import * as v from '../../../src/lib/validate';

const id = v.string({ pattern: /^[a-z-]+$/, max: 20 });
const issues = (schema: v.Schema<unknown>, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.issues;
};

describe('objects', () => {
  const person = v.object({ name: id, age: v.optional(v.int({ min: 0 })), partner: v.nullable(id) });

  it('infer their type, with optional fields optional', () => {
    expectTypeOf<v.Infer<typeof person>>().toEqualTypeOf<{ name: string; partner: string | null; age?: number | undefined }>();
  });

  it('keep only the fields the shape names, and leave out optional ones not given', () => {
    expect(person.parse({ name: 'rosa', partner: null, extra: 'dropped' })).toEqual({ name: 'rosa', partner: null });
    expect(Object.keys(person.parse({ name: 'rosa', partner: 'ana', age: 40 }))).toEqual(['name', 'age', 'partner']);
    expect(person.shape.name).toBe(id);
  });

  it('refuse what is not an object, and name each bad field by its path', () => {
    for (const value of [null, [], 'rosa', 3, undefined]) expect(issues(person, value)).toEqual([{ path: [], code: 'type' }]);
    expect(issues(person, { name: 'Rosa', age: -1 })).toEqual([
      { path: ['name'], code: 'format' },
      { path: ['age'], code: 'too-small' },
      { path: ['partner'], code: 'type' },
    ]);
  });

  it('never read a field from the prototype', () => {
    const flag = v.object({ toString: v.optional(v.string()) });
    expect(flag.parse({})).toEqual({});
  });
});

describe('records', () => {
  const counts = v.record(id, v.int({ min: 0 }));

  it('check every key and value, naming each by its path', () => {
    expect(counts.parse({ a: 1, 'b-c': 2 })).toEqual({ a: 1, 'b-c': 2 });
    expect(issues(counts, { A: 1, b: -1, c: 'x' })).toEqual([
      { path: ['A'], code: 'key' },
      { path: ['b'], code: 'too-small' },
      { path: ['c'], code: 'type' },
    ]);
    expect(counts.key).toBe(id);
  });

  it('refuse prototype-pollution keys whatever the key schema allows, and leave Object.prototype alone', () => {
    const anything = v.record(v.string(), v.object({ polluted: v.optional(v.boolean()) }));
    const hostile = JSON.parse('{"__proto__": {"polluted": true}, "constructor": {}, "prototype": {}, "fine": {}}') as unknown;
    expect(issues(anything, hostile).map((issue) => issue.path)).toEqual([['__proto__'], ['constructor'], ['prototype']]);
    expect(({} as { polluted?: boolean }).polluted).toBeUndefined();
  });

  it('take plain objects only (not arrays, dates, or null)', () => {
    for (const value of [null, [], new Date(), 'x', 1]) expect(issues(counts, value)).toEqual([{ path: [], code: 'type' }]);
    expect(counts.safeParse(Object.create(null)).success).toBe(true);
  });
});

describe('arrays', () => {
  const list = v.array(id, { max: 2 });

  it('check each item by index, and the length', () => {
    expect(list.parse(['a', 'b'])).toEqual(['a', 'b']);
    expect(issues(list, ['a', 'B'])).toEqual([{ path: [1], code: 'format' }]);
    expect(issues(list, ['a', 'b', 'c'])).toEqual([{ path: [], code: 'too-long' }]);
    expect(issues(list, { 0: 'a', length: 1 })).toEqual([{ path: [], code: 'type' }]);
    expect(list.item).toBe(id);
  });

  it('give paths through nesting', () => {
    const nested = v.object({ steps: v.array(v.object({ node: id })) });
    expect(issues(nested, { steps: [{ node: 'a' }, { node: 7 }] })).toEqual([{ path: ['steps', 1, 'node'], code: 'type' }]);
  });
});

describe('optional and nullable', () => {
  it('optional takes undefined, nullable takes null, and neither takes the other', () => {
    expect(v.optional(id).safeParse(undefined)).toEqual({ success: true, data: undefined });
    expect(issues(v.optional(id), null)).toEqual([{ path: [], code: 'type' }]);
    expect(v.nullable(id).safeParse(null)).toEqual({ success: true, data: null });
    expect(issues(v.nullable(id), undefined)).toEqual([{ path: [], code: 'type' }]);
    expect(v.optional(id).optional).toBe(true);
  });
});
