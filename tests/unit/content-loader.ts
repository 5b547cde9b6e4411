/**
 * Reads every content file the way the site does and validates it with the same schemas, so a
 * mistake is reported as "file: field: problem" in the tests as well as in the build.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { moduleSchema } from '../../src/content/schemas/modules';
import { quizSchema } from '../../src/content/schemas/quizzes';
import { roleplaySchema } from '../../src/content/schemas/roleplays';
import { resourceSchema } from '../../src/content/schemas/resources';
import { spanishResourceSchema } from '../../src/content/schemas/resources-es';
import { glossarySchema } from '../../src/content/schemas/glossary';
import { dilemmaSchema } from '../../src/content/schemas/dilemmas';
import { evaluationMeasureSchema, leadGuideSchema } from '../../src/content/schemas/leads';
import { spanishLanguagePairsSchema } from '../../src/content/schemas/language-pairs-es';

export const root = join(import.meta.dirname, '..', '..');
const contentDir = join(root, 'src', 'content');

export interface Loaded<T> {
  id: string;
  file: string;
  raw: unknown;
  data?: T;
  problems: string[];
  /** MDX body (modules only). */
  body?: string;
}

function filesUnder(dir: string, extension: string): string[] {
  let found: string[] = [];
  let names: string[] = [];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  for (const name of names.sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found = found.concat(filesUnder(path, extension));
    else if (name.endsWith(extension)) found.push(path);
  }
  return found;
}

export function describeIssues(file: string, error: z.ZodError): string[] {
  return error.issues.map((issue) => `${file}: ${issue.path.length ? issue.path.join('.') : '(file)'}: ${issue.message}`);
}

function load<T>(dir: string, extension: string, schema: z.ZodType<T>, toId: (file: string) => string): Loaded<T>[] {
  return filesUnder(join(contentDir, dir), extension).map((path) => {
    const file = relative(root, path);
    const text = readFileSync(path, 'utf8');
    let raw: unknown;
    let body: string | undefined;
    try {
      if (extension === '.mdx') {
        const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
        if (!match) return { id: toId(path), file, raw: undefined, problems: [`${file}: (file): no frontmatter between --- lines`] };
        raw = parseYaml(match[1]!);
        body = match[2]!;
      } else {
        raw = parseYaml(text);
      }
    } catch (error) {
      return { id: toId(path), file, raw: undefined, problems: [`${file}: (file): not valid YAML: ${(error as Error).message}`] };
    }
    const result = schema.safeParse(raw);
    return {
      id: toId(path),
      file,
      raw,
      ...(body === undefined ? {} : { body }),
      ...(result.success ? { data: result.data } : {}),
      problems: result.success ? [] : describeIssues(file, result.error),
    };
  });
}

/** One YAML file validated as a whole, such as a list (`src/content/es/language-pairs.yaml`). */
function loadFile<T>(name: string, schema: z.ZodType<T>): Loaded<T> {
  const path = join(contentDir, name);
  const file = relative(root, path);
  let raw: unknown;
  try {
    raw = parseYaml(readFileSync(path, 'utf8'));
  } catch (error) {
    return { id: baseName(path), file, raw: undefined, problems: [`${file}: (file): ${(error as Error).message}`] };
  }
  const result = schema.safeParse(raw);
  return {
    id: baseName(path),
    file,
    raw,
    ...(result.success ? { data: result.data } : {}),
    problems: result.success ? [] : describeIssues(file, result.error),
  };
}

const baseName = (path: string) =>
  path
    .split('/')
    .pop()!
    .replace(/\.[a-z]+$/, '');

export const loadModules = () => load('modules', '.mdx', moduleSchema, (path) => baseName(path).replace(/^\d+-/, ''));
export const loadQuizzes = () => load('quizzes', '.yaml', quizSchema, baseName);
export const loadRoleplays = () => load('roleplays', '.yaml', roleplaySchema, baseName);
export const loadResources = () => load('resources', '.yaml', resourceSchema, baseName);
export const loadGlossary = () => load('glossary', '.yaml', glossarySchema, baseName);
export const loadDilemmas = () => load('dilemmas', '.yaml', dilemmaSchema, baseName);
const withoutOrder = (path: string) => baseName(path).replace(/^\d+-/, '');
/** The Spanish edition (`src/content/es/…`): the same schemas, the same ids as the English files they stand for. */
export const loadSpanishModules = () => load('es/modules', '.mdx', moduleSchema, (path) => baseName(path).replace(/^\d+-/, ''));
export const loadSpanishQuizzes = () => load('es/quizzes', '.yaml', quizSchema, baseName);
export const loadSpanishRoleplays = () => load('es/roleplays', '.yaml', roleplaySchema, baseName);
export const loadSpanishResources = () => load('es/resources', '.yaml', spanishResourceSchema, baseName);
/** The Spanish avoid/use list (one file, a list of pairs), read by the Spanish language test. */
export const loadSpanishLanguagePairs = () => loadFile('es/language-pairs.yaml', spanishLanguagePairsSchema);
export const loadLeadGuides = () => load('leads', '.yaml', leadGuideSchema, withoutOrder);
export const loadMeasures = () => load('evaluation', '.yaml', evaluationMeasureSchema, withoutOrder);

/** `<Name id="value"` occurrences in an MDX body. */
export function componentRefs(body: string, component: string): string[] {
  const pattern = new RegExp(`<${component}\\b[^>]*?\\bid="([^"]+)"`, 'g');
  return [...body.matchAll(pattern)].map((match) => match[1]!);
}
