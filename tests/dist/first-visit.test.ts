/**
 * The home page loads its status code only where there is progress to show (issue #18), so the page as
 * built must already be what a first visit shows: every module "not started" (no words, no mark), the
 * course bar hidden, and "Start" on the module the course's own rule picks for someone with nothing saved.
 */
import { describe, expect, it } from 'vitest';
import { pages, base } from './built-site';
import { nextStep } from '../../src/lib/curriculum/course';
import { emptyProgress } from '../../src/lib/progress/empty';
import type { ModuleSummary } from '../../src/lib/progress';
import { ui } from '../../src/lib/i18n';

const home = pages.find((page) => page.file === 'index.html')!;

describe('the home page as built is a first visit', () => {
  it('starts the course where nextStep starts someone with nothing saved', () => {
    const curriculum = JSON.parse(home.dom.querySelector('#curriculum-data')!.textContent) as ModuleSummary[];
    const next = nextStep(curriculum, emptyProgress())!;
    expect(next.action).toBe('start');
    const start = home.dom.querySelector('[data-start-link]')!;
    expect(start.getAttribute('href')).toBe(`${base}modules/${next.module.id}/`);
    expect(start.textContent.trim()).toBe(ui.home.start(next.module.title));
  });

  it('shows no status, no mark and no course bar', () => {
    expect(ui.status['not-started']).toBe('');
    expect(ui.course.marks['not-started']).toBeUndefined();
    const slots = home.dom.querySelectorAll('[data-module-status], [data-mark]');
    expect(slots.length).toBeGreaterThanOrEqual(20);
    expect(slots.map((slot) => slot.textContent.trim()).filter(Boolean)).toEqual([]);
    expect(home.dom.querySelector('[data-course-progress]')?.hasAttribute('hidden')).toBe(true);
  });
});
