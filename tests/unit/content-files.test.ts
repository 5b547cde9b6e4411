import { describe, expect, it } from 'vitest';
import { allPaths } from '../../src/lib/roleplay/graph';
import { mdxComponentNames } from '../../src/components/mdx/names';
import { componentRefs, loadGlossary, loadModules, loadQuizzes, loadResources, loadRoleplays } from './content-loader';

const modules = loadModules();
const quizzes = loadQuizzes();
const roleplays = loadRoleplays();
const resources = loadResources();
const glossary = loadGlossary();

const moduleIds = new Set(modules.map((module) => module.id));
const resourceIds = new Set(resources.map((resource) => resource.id));

describe('every content file matches its schema', () => {
  for (const entry of [...modules, ...quizzes, ...roleplays, ...resources, ...glossary]) {
    it(entry.file, () => {
      expect(entry.problems, entry.problems.join('\n')).toEqual([]);
    });
  }
});

describe('ids are unique across the site', () => {
  it.each([
    ['quizzes', quizzes],
    ['role-plays', roleplays],
    ['modules', modules],
  ] as const)('%s', (_, entries) => {
    const ids = entries.map((entry) => entry.id);
    const repeated = ids.filter((id, index) => ids.indexOf(id) !== index);
    expect(repeated, `ids used by more than one file: ${repeated.join(', ')}`).toEqual([]);
  });

  it('module order numbers are unique', () => {
    const orders = modules.map((module) => `${module.data?.order}`);
    const repeated = modules.filter((module, index) => orders.indexOf(`${module.data?.order}`) !== index);
    expect(repeated.map((module) => `${module.file}: order: ${module.data?.order} is used twice`)).toEqual([]);
  });
});

describe('references between content files point at something real', () => {
  for (const module of modules) {
    it(`${module.file}: prerequisites and component ids`, () => {
      const problems: string[] = [];
      module.data?.prerequisites.forEach((id, index) => {
        if (!moduleIds.has(id)) problems.push(`${module.file}: prerequisites.${index}: no module "${id}"`);
      });
      const quizIds = new Set(quizzes.map((quiz) => quiz.id));
      const roleplayIds = new Set(roleplays.map((roleplay) => roleplay.id));
      for (const id of componentRefs(module.body ?? '', 'Quiz'))
        if (!quizIds.has(id)) problems.push(`${module.file}: <Quiz id="${id}">: no such quiz`);
      for (const id of componentRefs(module.body ?? '', 'RolePlay'))
        if (!roleplayIds.has(id)) problems.push(`${module.file}: <RolePlay id="${id}">: no such role-play`);
      for (const component of ['Dial', 'Line', 'ResourceLink']) {
        for (const id of componentRefs(module.body ?? '', component)) {
          if (!resourceIds.has(id)) problems.push(`${module.file}: <${component} id="${id}">: no such resource`);
        }
      }
      const used = [...(module.body ?? '').matchAll(/<([A-Z][A-Za-z]*)\b/g)].map((match) => match[1]!);
      for (const name of new Set(used)) {
        if (!(mdxComponentNames as readonly string[]).includes(name))
          problems.push(`${module.file}: <${name}>: not one of the MDX components (${mdxComponentNames.join(', ')})`);
      }
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  for (const entry of [...quizzes, ...roleplays]) {
    it(`${entry.file}: belongs to a module that exists and places it`, () => {
      const moduleId = entry.data?.module ?? '';
      expect(moduleIds.has(moduleId), `${entry.file}: module: no module "${moduleId}"`).toBe(true);
      const owner = modules.find((module) => module.id === moduleId);
      const placed = [...componentRefs(owner?.body ?? '', 'Quiz'), ...componentRefs(owner?.body ?? '', 'RolePlay')];
      expect(placed, `${entry.file}: module "${moduleId}" never places <… id="${entry.id}" />`).toContain(entry.id);
    });
  }

  for (const roleplay of roleplays) {
    it(`${roleplay.file}: ending resources exist`, () => {
      const problems = (roleplay.data?.endings ?? []).flatMap((ending, index) =>
        ending.resources
          .filter((id) => !resourceIds.has(id))
          .map((id) => `${roleplay.file}: endings.${index}.resources: no resource "${id}"`),
      );
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }

  for (const resource of resources) {
    it(`${resource.file}: related resources exist`, () => {
      const missing = (resource.data?.related ?? []).filter((id) => !resourceIds.has(id));
      expect(missing, `${resource.file}: related: no resource ${missing.join(', ')}`).toEqual([]);
    });
  }
});

describe('every module is complete as a lesson', () => {
  for (const module of modules) {
    it(`${module.file}: has a quiz of 8+ questions and enough role-plays`, () => {
      const ownQuizzes = quizzes.filter((quiz) => quiz.data?.module === module.id);
      const ownRoleplays = roleplays.filter((roleplay) => roleplay.data?.module === module.id);
      expect(ownQuizzes.length, `${module.file}: no quiz in src/content/quizzes/${module.id}/`).toBeGreaterThanOrEqual(1);
      for (const quiz of ownQuizzes) {
        expect(quiz.data?.questions.length ?? 0, `${quiz.file}: questions: needs at least 8`).toBeGreaterThanOrEqual(8);
      }
      const needed = module.data?.required ? 2 : 1;
      expect(ownRoleplays.length, `${module.file}: needs at least ${needed} role-plays`).toBeGreaterThanOrEqual(needed);
    });
  }
});

describe('role-plays are real decisions', () => {
  for (const roleplay of roleplays) {
    it(`${roleplay.file}: every path has 3+ decisions and there are 3+ distinct endings`, () => {
      if (!roleplay.data) return; // schema problems are reported above
      const paths = allPaths(roleplay.data);
      const short = paths.filter((path) => path.steps.length < 3);
      const route = (path: (typeof paths)[number]) => path.steps.map(([node, choice]) => `${node}/${choice}`).join(' -> ');
      expect(
        short.map((path) => `${roleplay.file}: path ${route(path)} -> ${path.ending} has only ${path.steps.length} decisions`),
      ).toEqual([]);
      expect(new Set(paths.map((path) => path.ending)).size).toBeGreaterThanOrEqual(3);
      const outcomes = new Set(roleplay.data.endings.map((ending) => ending.outcome));
      expect([...outcomes].sort(), `${roleplay.file}: endings: needs a strong, a mixed and a missed ending`).toEqual([
        'missed',
        'mixed',
        'strong',
      ]);
    });
  }
});

describe('resources stay current', () => {
  const oneYearAgo = new Date();
  oneYearAgo.setFullYear(oneYearAgo.getFullYear() - 1);
  for (const resource of resources) {
    it(`${resource.file}: reviewed within the last 12 months`, () => {
      const reviewed = resource.data?.reviewed;
      expect(
        reviewed && reviewed >= oneYearAgo,
        `${resource.file}: reviewed: ${reviewed?.toISOString().slice(0, 10)} is more than 12 months old; ` +
          'check the details against the source and update it',
      ).toBe(true);
    });
  }
});

describe('resource phone numbers are checked', () => {
  it.each(['1 800 662 4357', '1-800-HELP', '(800) 662-4357', '988 ', '--911'])('rejects "%s" with a clear message', async (number) => {
    const { resourceSchema } = await import('../../src/content/schemas/resources');
    const entry = { ...(loadResources()[0]!.raw as object), contacts: [{ kind: 'call', number }] };
    const result = resourceSchema.safeParse(entry);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toContain('write the number as digits and hyphens');
  });
});
