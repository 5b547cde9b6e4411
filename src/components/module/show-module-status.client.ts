/**
 * Fills in each module card's status (visited, in progress, completed) and check mark, the course
 * progress bar, and turns "Start" into "Continue" once the page is interactive. Plain script, no
 * framework. The status line keeps its height before and after, so nothing on the page jumps.
 */
import { progressStore, isEmpty, type ModuleSummary } from '../../lib/progress';
import { courseProgress } from '../../lib/curriculum/course';
import { ui } from '../../lib/i18n';
import { withBase } from '../../lib/url';
import { forgottenMessage, readForgotten } from '../../lib/offline/forgotten';
import { fillCourseStatus } from './course-status.client';

export function showModuleStatus(curriculum: ModuleSummary[]): void {
  const render = () => {
    const progress = progressStore().get();
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
  progressStore().subscribe(render);
  // After "forget everything", the home page says what was removed, and what the browser refused.
  const forgotten = document.querySelector<HTMLElement>('[data-forgotten]');
  const result = readForgotten(location.search);
  if (forgotten && result) {
    forgotten.textContent = forgottenMessage(result);
    forgotten.hidden = false;
  }
}
