/**
 * Ticks off a module's requirements as they are met and, the moment the last one is, says the module is
 * completed (a live region, so screen readers hear it wherever focus is) and offers the record of
 * training once every required module is done. Fed by showCourseStatus on each progress change.
 */
import type { CourseProgress } from '../../lib/curriculum/course';
import { requirements } from '../../lib/progress/completion';
import { ui } from '../../lib/i18n';
import { longDate } from '../../lib/i18n/dates';

/** Returns the listener for showCourseStatus; it remembers whether the module was complete before. */
export function moduleCompletion(panel: HTMLElement): (course: CourseProgress) => void {
  const id = panel.dataset.moduleCompletion;
  let wasComplete: boolean | undefined;
  return (course) => {
    const entry = course.modules.find((candidate) => candidate.module.id === id);
    if (!entry) return;
    for (const requirement of requirements(entry.status)) {
      const item = panel.querySelector<HTMLElement>(`[data-requirement="${requirement.kind}:${requirement.id}"]`);
      if (!item) continue;
      item.querySelector<HTMLElement>('[data-mark]')!.textContent = requirement.done ? ui.course.marks.completed! : '';
      item.querySelector<HTMLElement>('[data-words]')!.textContent = ` (${requirement.done ? ui.course.done : ui.course.notYet})`;
    }
    const complete = entry.status.state === 'completed';
    const state = panel.querySelector<HTMLElement>('[data-completion-state]')!;
    state.hidden = !entry.status.completedAt;
    state.textContent = entry.status.completedAt ? ui.course.completedOn(longDate(entry.status.completedAt)) : '';
    // Announced only when it changes while the page is open, not for a module completed last week.
    if (wasComplete === false && complete) {
      const live = panel.querySelector<HTMLElement>('[data-completion-live]')!;
      live.textContent = [ui.course.justCompleted(entry.module.title), course.recordReady ? ui.course.recordReady : '']
        .filter(Boolean)
        .join(' ');
    }
    panel.querySelector<HTMLElement>('[data-record-offer]')!.hidden = !course.recordReady;
    wasComplete = complete;
  };
}
