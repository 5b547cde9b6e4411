/** The validator's single-value schemas: each refuses the wrong kind, and the edge of every rule. */
import { describe, expect, it } from 'vitest';
import * as v from '../../../src/lib/validate';

const codes = (schema: v.Schema<unknown>, value: unknown) => {
  const result = schema.safeParse(value);
  return result.success ? [] : result.issues.map((issue) => issue.code);
};

describe('strings', () => {
  it('take strings only, checking length before the pattern', () => {
    const id = v.string({ pattern: /^[a-z]+$/, max: 5 });
    expect(id.safeParse('abc')).toEqual({ success: true, data: 'abc' });
    expect(codes(id, 3)).toEqual(['type']);
    expect(codes(id, null)).toEqual(['type']);
    expect(codes(id, 'ABC')).toEqual(['format']);
    expect(codes(id, 'abcdef')).toEqual(['too-long']);
    expect(codes(id, 'x'.repeat(100_000))).toEqual(['too-long']);
    expect(codes(v.string(), '')).toEqual([]);
  });
});

describe('numbers', () => {
  it('refuse NaN, Infinity and non-numbers, and check the range', () => {
    const fraction = v.number({ min: 0, max: 1 });
    expect(fraction.parse(0.5)).toBe(0.5);
    expect(codes(fraction, 0)).toEqual([]);
    expect(codes(fraction, 1)).toEqual([]);
    expect(codes(fraction, Number.NaN)).toEqual(['type']);
    expect(codes(v.number(), Infinity)).toEqual(['type']);
    expect(codes(fraction, '0.5')).toEqual(['type']);
    expect(codes(fraction, -0.1)).toEqual(['too-small']);
    expect(codes(fraction, 1.1)).toEqual(['too-big']);
  });

  it('int takes whole, safe numbers only', () => {
    const count = v.int({ min: 0, max: 10 });
    expect(codes(count, 3)).toEqual([]);
    expect(codes(count, 3.5)).toEqual(['type']);
    expect(codes(count, Number.NaN)).toEqual(['type']);
    expect(codes(v.int(), 2 ** 53)).toEqual(['type']);
    expect(codes(count, -1)).toEqual(['too-small']);
    expect(codes(count, 11)).toEqual(['too-big']);
    expect(codes(count, '3')).toEqual(['type']);
  });
});

describe('booleans, literals and enums', () => {
  it('take exactly what they name', () => {
    expect(codes(v.boolean(), true)).toEqual([]);
    expect(codes(v.boolean(), 'true')).toEqual(['type']);
    expect(codes(v.boolean(), 0)).toEqual(['type']);
    expect(codes(v.literal(2), 2)).toEqual([]);
    expect(codes(v.literal(2), '2')).toEqual(['value']);
    const outcome = v.enumOf(['strong', 'mixed']);
    expect(outcome.parse('mixed')).toBe('mixed');
    expect(codes(outcome, 'weak')).toEqual(['value']);
    expect(codes(outcome, undefined)).toEqual(['value']);
  });
});

describe('ISO date-times', () => {
  const time = v.isoDateTime();
  it('take what toISOString writes, with any fraction of a second', () => {
    for (const good of [
      '2026-11-24T18:00:00.000Z',
      '2026-11-24T18:00:00Z',
      '2026-11-24T23:59:59.123456Z',
      '2024-02-29T00:00:00Z',
      '2000-02-29T00:00:00Z',
    ])
      expect(codes(time, good), good).toEqual([]);
    expect(codes(time, new Date(0).toISOString())).toEqual([]);
  });

  it('refuse days the calendar does not have, offsets, missing seconds and non-strings', () => {
    for (const bad of [
      '2026-13-45T00:00:00Z',
      '2026-00-10T00:00:00Z',
      '2026-02-29T00:00:00Z',
      '1900-02-29T00:00:00Z',
      '2026-04-31T00:00:00Z',
      '2026-01-00T00:00:00Z',
      '2026-01-10T24:00:00Z',
      '2026-01-10T12:00Z',
      '2026-01-10T12:00:00+01:00',
      '2026-01-10',
      'soon',
    ])
      expect(codes(time, bad), bad).toEqual(['format']);
    expect(codes(time, 12)).toEqual(['type']);
    expect(codes(time, new Date())).toEqual(['type']);
  });
});

describe('parse and refine', () => {
  it('parse returns the value or throws every issue with its path', () => {
    const schema = v.object({ a: v.int(), b: v.string() });
    expect(schema.parse({ a: 1, b: 'x' })).toEqual({ a: 1, b: 'x' });
    expect(() => schema.parse({ a: 'one', b: 2 })).toThrow(v.ValidationError);
    expect(() => schema.parse({ a: 'one', b: 2 })).toThrow('a: type; b: type');
  });

  it('refine runs only once the value is otherwise valid, and reports at its own path', () => {
    let calls = 0;
    const short = v.array(v.int()).refine((list) => {
      calls++;
      return list.length <= 2;
    });
    expect(short.safeParse([1, 2]).success).toBe(true);
    expect(short.safeParse([1, 2, 3])).toEqual({ success: false, issues: [{ path: [], code: 'rule' }] });
    expect(codes(short, ['x'])).toEqual(['type']);
    expect(calls).toBe(2);
  });
});
