/**
 * Shows this device's place in the course wherever a page has a slot for it: a sign and words beside
 * each module ([data-course-status]), "3 of 10 modules completed" ([data-course-summary]) and progress
 * bars ([data-course-progress]). Plain script, no framework; it follows the store, so a change in an
 * exercise or another tab shows at once.
 */
import { progressStore, type ModuleSummary } from '../../lib/progress';
import { courseProgress, type CourseProgress } from '../../lib/curriculum/course';
import { ui } from '../../lib/i18n';

export function fillCourseStatus(course: CourseProgress): void {
  for (const { module, status } of course.modules) {
    for (const slot of document.querySelectorAll<HTMLElement>(`[data-course-status="${module.id}"]`)) {
      slot.dataset.state = status.state;
      const mark = slot.querySelector<HTMLElement>('[data-mark]');
      const words = slot.querySelector<HTMLElement>('[data-words]');
      if (mark) mark.textContent = ui.course.marks[status.state] ?? '';
      const word = ui.status[status.state];
      // Inside a link the words follow the module's name: "Active listening, Completed".
      if (words) words.textContent = word && words.hasAttribute('data-after-name') ? ui.course.afterName(word) : word;
    }
  }
  for (const summary of document.querySelectorAll<HTMLElement>('[data-course-summary]')) {
    summary.textContent = ui.course.progress(course.completed, course.total);
    summary.hidden = false;
  }
  for (const bar of document.querySelectorAll<HTMLElement>('[data-course-progress]')) {
    const meter = bar.querySelector('progress');
    if (meter) {
      meter.max = course.total;
      meter.value = course.completed;
    }
    const text = bar.querySelector<HTMLElement>('[data-progress-text]');
    if (text) text.textContent = ui.course.progress(course.completed, course.total);
    const required = bar.querySelector<HTMLElement>('[data-progress-required]');
    if (required) required.textContent = ui.course.required(course.required.completed, course.required.total);
  }
}

/** Fills the slots now and whenever progress changes; `onChange` gets each new state too. */
export function showCourseStatus(curriculum: ModuleSummary[], onChange?: (course: CourseProgress) => void): void {
  const store = progressStore();
  const render = () => {
    const course = courseProgress(curriculum, store.get());
    fillCourseStatus(course);
    onChange?.(course);
  };
  render();
  store.subscribe(render);
}

/** The course file (src/pages/course.json.ts, summarizeCurriculum at build time); undefined if it cannot load. */
export async function loadCurriculum(source: string): Promise<ModuleSummary[] | undefined> {
  try {
    const response = await fetch(source);
    // Our own build's file, written from content validated at build time.
    return response.ok ? ((await response.json()) as ModuleSummary[]) : undefined;
  } catch {
    return undefined;
  }
}
