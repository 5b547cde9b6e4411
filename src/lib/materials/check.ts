/**
 * Holds a facilitator guide's materials list to what the site can print, so a guide never promises a
 * handout that does not exist. Problems read "file: field: problem", like every content check.
 */
import { isGenerated, materialSources, normaliseMaterial, type GeneratedMaterial, type MaterialEntry } from './kinds';

/** How many of each generated material the site can make for one module: cards, sheets, lines. */
export type MaterialSupply = Record<GeneratedMaterial, number>;

/** What each generator is made from, for the message when a module has none of it. */
const madeFrom: Record<GeneratedMaterial, string> = {
  'language-cards': 'language pairs in src/content/glossary',
  'scenario-cards': "role-plays in the module's folder of src/content/roleplays",
  'observer-sheets': "skill tags on the choices of the module's role-plays",
  'crisis-cards': 'crisis lines in src/content/resources',
  'sign-in-sheet': 'the module itself',
};

/** Words that say an item is printed. A plain string (something to bring) using them needs a decision. */
const printWords = /\b(print|printed|handouts?|cards?|sheets?|copies|scripts?|checklists?|templates?)\b/i;

export function findMaterialProblems(file: string, entries: readonly MaterialEntry[], supply: MaterialSupply): string[] {
  return entries.flatMap((entry, index) => {
    const { item, from } = normaliseMaterial(entry);
    const where = `${file}: facilitator.materials.${index}: "${item}"`;
    if (typeof entry === 'string' && printWords.test(item)) {
      return [
        `${where}: reads like something to print, but nothing says where it comes from. ` +
          `Write it as { item, from } with from: ${materialSources.join(', ')} ("bring" if the trainer makes it)`,
      ];
    }
    if (isGenerated(from) && supply[from] === 0) {
      return [`${where}: the site cannot make ${from} for this module: it has no ${madeFrom[from]}`];
    }
    return [];
  });
}

/** What the site has to make each material from, for one module. */
export interface MaterialInputs {
  /** The module's role-plays, with the skill tags on their choices. */
  roleplays: readonly { nodes: readonly { choices: readonly { skill: string }[] }[] }[];
  /** Language pairs in the glossary. */
  languagePairs: number;
  /** Crisis lines the crisis card shows. */
  crisisLines: number;
}

export function materialSupply({ roleplays, languagePairs, crisisLines }: MaterialInputs): MaterialSupply {
  const skillTags = roleplays.flatMap((roleplay) => roleplay.nodes.flatMap((node) => node.choices.map((choice) => choice.skill)));
  return {
    'language-cards': languagePairs,
    'scenario-cards': roleplays.length,
    'observer-sheets': new Set(skillTags).size,
    'crisis-cards': crisisLines,
    'sign-in-sheet': 1,
  };
}
