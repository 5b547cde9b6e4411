/**
 * Wakes the exercise islands that have something saved to show (answers, a score, a reply played), or
 * all of them when there is a notice about storage: the rest wake at the first touch
 * (integrations/touch-directive.ts). Checked again whenever progress changes, e.g. in another tab.
 */
import { progressStore } from '../../lib/progress';
import { WAKE_SIGNAL, hasSavedState } from '../../lib/exercises/wake';

export function wakeSavedExercises(): void {
  const store = progressStore();
  const check = () => {
    const progress = store.get();
    const notice = store.notice() !== undefined;
    for (const exercise of document.querySelectorAll<HTMLElement>('astro-island[ssr] [data-exercise]')) {
      if (notice || hasSavedState(progress, exercise.dataset.exercise ?? '')) {
        exercise.closest('astro-island')?.dispatchEvent(new Event(WAKE_SIGNAL));
      }
    }
  };
  check();
  store.subscribe(check);
}
