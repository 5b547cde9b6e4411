/**
 * Every facilitator guide's materials list against what the site can make: a printed item needs a
 * source, and a generated one needs content to make it from. Fails naming the file and the item.
 */
import { describe, expect, it } from 'vitest';
import { findMaterialProblems, materialSupply } from '../../../src/lib/materials/check';
import { crisisCardLines } from '../../../src/lib/materials/crisis-card';
import { generatedIn, generatedMaterials } from '../../../src/lib/materials/kinds';
import { loadGlossary, loadModules, loadResources, loadRoleplays } from '../content-loader';

const modules = loadModules();
const roleplays = loadRoleplays();
const languagePairs = loadGlossary().filter((entry) => entry.data?.kind === 'pair').length;
const crisisLines = loadResources().filter((resource) => (crisisCardLines as readonly string[]).includes(resource.id));

describe('facilitator guides list only materials the site can produce or the trainer brings', () => {
  it('the crisis card finds every line it names, each with a number', () => {
    expect(crisisLines.map((line) => line.id).sort()).toEqual([...crisisCardLines].sort());
    for (const line of crisisLines)
      expect(
        line.data?.contacts.some((contact) => 'number' in contact),
        line.id,
      ).toBe(true);
  });

  it("the browser sweep's stand-in for the materials pages (tests/e2e/site-pages.ts) uses every generator", () => {
    const standIn = modules.find((module) => module.id === 'trauma-informed-language');
    expect(generatedIn(standIn?.data?.facilitator.materials ?? [])).toEqual([...generatedMaterials]);
  });

  for (const module of modules) {
    it(module.file, () => {
      const supply = materialSupply({
        roleplays: roleplays.filter((roleplay) => roleplay.data?.module === module.id).flatMap((roleplay) => roleplay.data ?? []),
        languagePairs,
        crisisLines: crisisLines.length,
      });
      const problems = findMaterialProblems(module.file, module.data?.facilitator.materials ?? [], supply);
      expect(problems, problems.join('\n')).toEqual([]);
    });
  }
});
