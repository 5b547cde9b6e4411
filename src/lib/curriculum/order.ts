/** The little a curriculum order needs to know about a module. */
export interface OrderedModule {
  id: string;
  data: { order: number; minutes: number; required: boolean; prerequisites: string[] };
}

/**
 * Modules in course order: the one order the suggested path, module numbers, previous/next links,
 * the sidebar and My progress all follow. It is the modules' `order` field, numbered 1 to N without
 * gaps; the content tests check that, that the required modules come first and that every module
 * comes after its prerequisites, so no second ordering rule is needed.
 */
export function inCourseOrder<T extends OrderedModule>(modules: readonly T[]): T[] {
  return [...modules].sort((a, b) => a.data.order - b.data.order);
}

/** The modules before and after `id` in course order, for previous/next links. */
export function neighbours<T extends OrderedModule>(modules: readonly T[], id: string): { previous?: T; next?: T } {
  const ordered = inCourseOrder(modules);
  const index = ordered.findIndex((module) => module.id === id);
  if (index === -1) return {};
  const previous = ordered[index - 1];
  const next = ordered[index + 1];
  return { ...(previous ? { previous } : {}), ...(next ? { next } : {}) };
}

/** Total self-study minutes of a set of modules. */
export function totalMinutes(modules: readonly OrderedModule[]): number {
  return modules.reduce((sum, module) => sum + module.data.minutes, 0);
}
