/**
 * Where each item on a facilitator guide's materials list comes from. Guides write a plain string for
 * something the trainer brings or makes (a timer, a flip chart, the program's own policies), and
 * `{ item, from }` for something the site prints: a generator on the module's materials page, or a
 * part of the module page itself. tests/unit/materials/materials-lists.test.ts holds every guide to this.
 */

/** Materials the site builds from content data on /trainers/materials/<module>/, in the order the page shows them. */
export const generatedMaterials = ['language-cards', 'scenario-cards', 'observer-sheets', 'crisis-cards', 'sign-in-sheet'] as const;
export type GeneratedMaterial = (typeof generatedMaterials)[number];

/**
 * Every source a guide may name: `bring` (the trainer brings or makes it), `module` (print it from the
 * module page, where it is part of the lesson), or one of the generated materials.
 */
export const materialSources = ['bring', 'module', ...generatedMaterials] as const;
export type MaterialSource = (typeof materialSources)[number];

/** A materials list entry as a guide writes it. */
export type MaterialEntry = string | { item: string; from: MaterialSource };

/** One shape for every entry: a plain string is something to bring. */
export function normaliseMaterial(entry: MaterialEntry): { item: string; from: MaterialSource } {
  return typeof entry === 'string' ? { item: entry, from: 'bring' } : entry;
}

export function isGenerated(source: MaterialSource): source is GeneratedMaterial {
  return (generatedMaterials as readonly string[]).includes(source);
}

/** The generated materials a guide lists, each once, in the page's order. */
export function generatedIn(entries: readonly MaterialEntry[]): GeneratedMaterial[] {
  const listed = new Set(entries.map((entry) => normaliseMaterial(entry).from));
  return generatedMaterials.filter((kind) => listed.has(kind));
}
