/**
 * What a module page's parts do in the browser, in one file, which the layout's script loads after the
 * page's first paint (layout/page-scripts.client.ts; the module's <article> asks for it with
 * data-after-paint). Each part had a script of its own, and with the site's a module page started seven
 * before its first paint; on a phone's connection every request then is another wait (Lighthouse: about
 * 150 ms). None of this changes what the page first shows: until it runs, the course list is plain
 * links, the facilitator switch is marked pending and "On this page" does not yet follow the reader.
 */
import { loadCurriculum, showCourseStatus } from './course-status.client';
import { attachFacilitatorView } from './facilitator-view.client';
import { moduleCompletion } from './module-completion.client';
import { followContents } from './page-contents.client';
import { trackVisit } from './track-visit.client';
import { wakeSavedExercises } from './wake-saved-exercises.client';

const one = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector) ?? undefined;

export function attach(article: HTMLElement): void {
  // Exercises with saved progress show it without waiting for a touch.
  wakeSavedExercises();

  // The facilitator switch (FacilitatorView.astro).
  const view = one('[data-facilitator-view]');
  const notes = one('[data-facilitator-notes]');
  if (view && notes) attachFacilitatorView(view, notes);

  // "On this page" follows the reader (PageToc.astro, CompactFrame.astro).
  followContents(document.querySelectorAll<HTMLElement>('[data-page-contents]'), one('[data-page-toc]') ?? null);

  // The visit and the course list, in a task of their own: the progress store's first read and write
  // takes about 25 ms on a phone's CPU (Lighthouse's 4x slowdown), and in one task with the rest it kept
  // a tap waiting over 50 ms. The visit comes first, so the course list shows this module as visited.
  setTimeout(() => {
    // Record the visit (My progress offers to resume it).
    const moduleId = article.dataset.moduleId;
    if (moduleId) trackVisit(moduleId);
    // The course list's statuses (CourseSidebar.astro, CompactFrame.astro), from course.json, the same
    // file on every module page; without it the list stays plain links.
    const courseSource = one('[data-course-source]')?.dataset.courseSource;
    const panel = one('[data-module-completion]');
    if (courseSource) {
      void loadCurriculum(courseSource).then((curriculum) => {
        if (curriculum) showCourseStatus(curriculum, panel ? moduleCompletion(panel) : undefined);
      });
    }
  });
}
