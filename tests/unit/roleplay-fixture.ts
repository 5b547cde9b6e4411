/**
 * A tiny valid role-play (fixtures/broken-roleplays/base.yaml) that tests break one field at a time,
 * and the schema's verdict on it as "file: field: problem" lines.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { roleplaySchema } from '../../src/content/schemas/roleplays';
import { describeIssues } from './content-loader';

/** The fields these tests break, loosely typed: the schema, not this type, judges the result. */
export interface Fixture {
  risks?: string[];
  nodes: { id: string; says: string; choices: FixtureChoice[] }[];
  endings: { id: string; debrief?: string; actions?: string[] }[];
}
export interface FixtureChoice {
  id: string;
  line: string;
  next: string;
  feedback?: string;
  recommended?: boolean;
  actions?: string[];
}

export const fixtureFile = 'tests/unit/fixtures/broken-roleplays/base.yaml';
export const baseRoleplay = () =>
  parse(readFileSync(join(import.meta.dirname, 'fixtures', 'broken-roleplays', 'base.yaml'), 'utf8')) as Fixture;
export const roleplayProblems = (script: unknown) => {
  const result = roleplaySchema.safeParse(script);
  return result.success ? [] : describeIssues(fixtureFile, result.error);
};
