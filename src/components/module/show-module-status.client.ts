/**
 * Fills in each module card's status (visited, in progress, completed) and turns "Start" into
 * "Continue" once the page is interactive. Plain script, no framework. The status line keeps its
 * height before and after, so nothing on the page jumps.
 */
import { progressStore, moduleStatus, nextModule, isEmpty, type ModuleSummary } from '../../lib/progress';
import { ui } from '../../lib/i18n';
import { withBase } from '../../lib/url';
import { forgottenMessage, readForgotten } from '../../lib/offline/forgotten';

export function showModuleStatus(curriculum: ModuleSummary[]): void {
  const render = () => {
    const progress = progressStore().get();
    for (const module of curriculum) {
      const slot = document.querySelector<HTMLElement>(`[data-module-status="${module.id}"]`);
      if (!slot) continue;
      const status = moduleStatus(module, progress);
      const best = status.quizzes.flatMap((quiz) => (quiz.bestScore === undefined ? [] : [quiz.bestScore]));
      const score = best.length ? ui.home.bestScore(Math.round(Math.max(...best) * 100)) : '';
      slot.textContent = [ui.status[status.state], score].filter(Boolean).join(' · ');
    }
    const start = document.querySelector<HTMLAnchorElement>('[data-start-link]');
    const next = nextModule(curriculum, progress);
    if (start && next && !isEmpty(progress)) {
      start.textContent = ui.home.resume(next.title);
      start.href = withBase(`/modules/${next.id}/`);
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
