/**
 * The core of a small validator for what the browser reads back from storage and import files
 * (issue #18): the same checks the progress shape needs, at about a tenth of zod/mini's size in a
 * page's bundle. Zod stays for content schemas at build time, where size does not matter.
 *
 * A schema reads a value and returns its output: objects, records and arrays come back as fresh
 * copies holding only what the schema names, so unknown keys never travel further. What is wrong is
 * collected as issues, each with the path to the value, so a caller can say where a mistake is.
 */

/** Where a value sits inside what was read, e.g. ['quizzes', 'boundaries-quiz', 'lastScore']. */
export type Path = (string | number)[];

/**
 * What is wrong, in words for people chosen by whoever shows it (src/lib/i18n):
 * type: not the kind of value expected (also NaN, Infinity, a fraction where a whole number belongs);
 * format: a string that does not match its pattern, or is not a real date and time;
 * too-long: a string or list longer than allowed; too-small / too-big: a number out of range;
 * value: not one of the allowed values; key: a record key that is not allowed; rule: a refine() rule failed.
 */
export type IssueCode = 'type' | 'format' | 'too-long' | 'too-small' | 'too-big' | 'value' | 'key' | 'rule';

export interface Issue {
  path: Path;
  code: IssueCode;
}

export type Result<T> = { success: true; data: T } | { success: false; issues: Issue[] };

export interface Schema<T> {
  /** Reads `value` found at `path`, adding what is wrong to `issues`; the output is meaningful only when none were added. */
  read(value: unknown, path: Path, issues: Issue[]): T;
  safeParse(value: unknown): Result<T>;
  /** The output, or a ValidationError naming every issue. */
  parse(value: unknown): T;
  /** The same schema, with one more rule the value must keep once everything else holds. */
  refine(rule: (value: T) => boolean): Schema<T>;
}

/** The type a schema's output has: `type Progress = Infer<typeof progressSchema>`. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

export class ValidationError extends Error {
  constructor(readonly issues: Issue[]) {
    super(issues.map((issue) => `${issue.path.join('.')}: ${issue.code}`).join('; '));
  }
}

/** Builds a schema from its reader. */
export function schema<T>(read: (value: unknown, path: Path, issues: Issue[]) => T): Schema<T> {
  const made: Schema<T> = {
    read,
    safeParse(value) {
      const issues: Issue[] = [];
      const data = read(value, [], issues);
      return issues.length ? { success: false, issues } : { success: true, data };
    },
    parse(value) {
      const result = made.safeParse(value);
      if (!result.success) throw new ValidationError(result.issues);
      return result.data;
    },
    refine: (rule) =>
      schema((value, path, issues) => {
        const before = issues.length;
        const output = read(value, path, issues);
        if (issues.length === before && !rule(output)) issues.push({ path, code: 'rule' });
        return output;
      }),
  };
  return made;
}

/**
 * A schema that checks a value in place (strings, numbers and the like): `problem` names what is
 * wrong, or returns undefined when the value is fine.
 */
export function check<T>(problem: (value: unknown) => IssueCode | undefined): Schema<T> {
  return schema((value, path, issues) => {
    const code = problem(value);
    if (code) issues.push({ path, code });
    return value as T;
  });
}
