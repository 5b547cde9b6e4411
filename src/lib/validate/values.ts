/** Schemas for single values: strings, numbers, booleans, fixed values and ISO timestamps. */
import { check, type Schema } from './schema';

export interface StringRules {
  /** The whole string must match (anchor it with ^ and $). */
  pattern?: RegExp;
  /** At most this many characters (UTF-16 code units, as String.length counts). */
  max?: number;
}

export function string({ pattern, max }: StringRules = {}): Schema<string> {
  return check((value) =>
    typeof value !== 'string'
      ? 'type'
      : max !== undefined && value.length > max
        ? 'too-long'
        : pattern && !pattern.test(value)
          ? 'format'
          : undefined,
  );
}

export interface NumberRules {
  min?: number;
  max?: number;
}

/** A finite number (NaN and Infinity are refused, as JSON cannot carry them either). */
export function number({ min, max }: NumberRules = {}): Schema<number> {
  return check((value) => (typeof value !== 'number' || !Number.isFinite(value) ? 'type' : range(value, min, max)));
}

/** A whole number a JavaScript number holds exactly (a safe integer). */
export function int({ min, max }: NumberRules = {}): Schema<number> {
  return check((value) => (!Number.isSafeInteger(value) ? 'type' : range(value as number, min, max)));
}

function range(value: number, min = -Infinity, max = Infinity) {
  return value < min ? 'too-small' : value > max ? 'too-big' : undefined;
}

export function boolean(): Schema<boolean> {
  return check((value) => (typeof value === 'boolean' ? undefined : 'type'));
}

/** Exactly this value. */
export function literal<const T extends string | number | boolean>(expected: T): Schema<T> {
  return check((value) => (value === expected ? undefined : 'value'));
}

/** One of these strings. */
export function enumOf<const T extends string>(allowed: readonly T[]): Schema<T> {
  return check((value) => (allowed.includes(value as T) ? undefined : 'value'));
}

/**
 * A UTC timestamp as Date.prototype.toISOString writes it: seconds required, any fraction of a
 * second, "Z" and no offset (as zod's iso.datetime() accepts), on a day the calendar has.
 */
export const ISO_DATE_TIME = /^(\d{4})-(\d\d)-(\d\d)T(?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d(?:\.\d+)?Z$/;

export function isoDateTime(): Schema<string> {
  return check((value) => {
    const parts = typeof value === 'string' ? ISO_DATE_TIME.exec(value) : null;
    if (!parts) return typeof value === 'string' ? 'format' : 'type';
    const [year, month, day] = parts.slice(1).map(Number) as [number, number, number];
    return month >= 1 && month <= 12 && day >= 1 && day <= daysIn(year, month) ? undefined : 'format';
  });
}

function daysIn(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}
