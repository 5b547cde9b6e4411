/**
 * Fills in each module card's status (visited, in progress, completed) and check mark, the course
 * progress bar, and turns "Start" into "Continue" once the page is interactive. Plain script, no
 * framework. The status line keeps its height before and after, so nothing on the page jumps.
 * Loaded only when this device has progress to show (issue #18): the page as built is already what a
 * first visit looks like (nothing started, "Start" on the first required module; tests/dist checks it).
 */
import type { ModuleSummary, ProgressStore } from '../../lib/progress';
import { isEmpty } from '../../lib/progress/status';
import { courseProgress } from '../../lib/curriculum/course';
import { ui } from '../../lib/i18n';
import { withBase } from '../../lib/url';
import { fillCourseStatus } from './fill-course-status.client';

export function showModuleStatus(curriculum: ModuleSummary[], store: ProgressStore): void {
  const render = () => {
    const progress = store.get();
    const course = courseProgress(curriculum, progress);
    fillCourseStatus(course);
    const bar = document.querySelector<HTMLElement>('[data-course-progress]');
    if (bar) bar.hidden = isEmpty(progress);
    for (const { module, status } of course.modules) {
      const slot = document.querySelector<HTMLElement>(`[data-module-status="${module.id}"]`);
      if (!slot) continue;
      const best = status.quizzes.flatMap((quiz) => (quiz.bestScore === undefined ? [] : [quiz.bestScore]));
      const score = best.length ? ui.home.bestScore(Math.round(Math.max(...best) * 100)) : '';
      slot.textContent = [ui.status[status.state], score].filter(Boolean).join(' · ');
    }
    const start = document.querySelector<HTMLAnchorElement>('[data-start-link]');
    const next = course.next;
    if (start && next) {
      start.textContent = next.action === 'start' ? ui.home.start(next.module.title) : ui.home.resume(next.module.title);
      start.href = withBase(`/modules/${next.module.id}/`);
    }
  };
  render();
  store.subscribe(render);
}
