/** The little a curriculum order needs to know about a module. */
export interface OrderedModule {
  id: string;
  data: { order: number; minutes: number; required: boolean; prerequisites: string[] };
}

/** Modules in course order. Order numbers are unique (the content tests check it). */
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

/**
 * A suggested path for a first-time mentor: modules with no prerequisites missing come first,
 * and the required modules come as early as their prerequisites allow.
 */
export function suggestedPath<T extends OrderedModule>(modules: readonly T[]): T[] {
  const ordered = inCourseOrder(modules);
  const done = new Set<string>();
  const path: T[] = [];
  const ready = (module: T) => module.data.prerequisites.every((id) => done.has(id) || !ordered.some((m) => m.id === id));
  while (path.length < ordered.length) {
    const remaining = ordered.filter((module) => !done.has(module.id));
    // With a prerequisite cycle nothing is ready: fall back to course order rather than loop forever.
    const next = remaining.find((module) => module.data.required && ready(module)) ?? remaining.find(ready) ?? remaining[0]!;
    path.push(next);
    done.add(next.id);
  }
  return path;
}
