/** Records that a module page was opened, so My progress can show it and offer to resume it. */
import { markVisited, progressStore } from '../../lib/progress';

export function trackVisit(moduleId: string): void {
  const store = progressStore();
  if (!store.get().modules[moduleId]) store.update((progress) => markVisited(progress, moduleId, new Date().toISOString()));
}
