/**
 * Shows this device's place in the course wherever a page has a slot for it: a sign and words beside
 * each module ([data-course-status]), "3 of 10 modules completed" ([data-course-summary]) and progress
 * bars ([data-course-progress]). Plain script, no framework; it follows the store, so a change in an
 * exercise or another tab shows at once.
 */
import { progressStore, type ModuleSummary } from '../../lib/progress';
import { courseProgress, type CourseProgress } from '../../lib/curriculum/course';
import { fillCourseStatus } from './fill-course-status.client';

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
