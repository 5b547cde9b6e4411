/**
 * The guide for program leads in the built site: reachable from the Trainers page, every guide page built
 * with its sources, and the evaluation plan showing every measure from src/content/evaluation (read here
 * from the content files, not from the page's own code) as a row with blank columns to fill in.
 */
import { describe, expect, it } from 'vitest';
import { loadLeadGuides, loadMeasures } from '../unit/content-loader';
import { base, pages } from './built-site';

const pageAt = (file: string) => pages.find((candidate) => candidate.file === file);
const plan = pageAt('trainers/program-leads/evaluation-plan/index.html');
const measures = loadMeasures();

describe('the guide for program leads', () => {
  it('is linked from the Trainers page', () => {
    const links = pageAt('trainers/index.html')!.dom.querySelectorAll('main a').map((link) => link.getAttribute('href'));
    expect(links).toContain(`${base}trainers/program-leads/`);
  });

  it('links every guide page and the plan from its index', () => {
    const links = pageAt('trainers/program-leads/index.html')!
      .dom.querySelectorAll('main a')
      .map((link) => link.getAttribute('href'));
    for (const guide of loadLeadGuides()) expect(links).toContain(`${base}trainers/program-leads/${guide.id}/`);
    expect(links).toContain(`${base}trainers/program-leads/evaluation-plan/`);
  });

  it.each(loadLeadGuides().map((guide) => [guide.id, guide] as const))('builds %s with every part and source', (id, guide) => {
    const page = pageAt(`trainers/program-leads/${id}/index.html`);
    expect(page, `dist/trainers/program-leads/${id}/index.html`).toBeDefined();
    const headings = page!.dom.querySelectorAll('main h2[id]').map((heading) => heading.id);
    expect(headings).toEqual(expect.arrayContaining(guide.data!.parts.map((part) => part.id)));
    expect(page!.dom.querySelectorAll('.sources li')).toHaveLength(guide.data!.sources.length);
  });
});

describe('the evaluation plan page', () => {
  it('is built', () => {
    expect(plan, 'dist/trainers/program-leads/evaluation-plan/index.html').toBeDefined();
  });

  it('lists every measure in the data, in order, each with blank columns for the program’s own figures', () => {
    const rows = plan!.dom.querySelectorAll('.measures-summary tbody tr');
    const ordered = [...measures].sort((a, b) => a.data!.order - b.data!.order);
    expect(rows.map((row) => row.getAttribute('data-measure'))).toEqual(ordered.map((measure) => measure.id));
    rows.forEach((row, index) => {
      expect(row.querySelector('th')!.text.trim()).toBe(ordered[index]!.data!.name);
      const blanks = row.querySelectorAll('td');
      expect(blanks.length).toBeGreaterThanOrEqual(3);
      expect(blanks.every((cell) => cell.text.trim() === '')).toBe(true);
    });
  });

  it('sets out each measure in full: why, what, how often, who and privacy, and a questionnaire only where the data names one', () => {
    for (const measure of measures) {
      const section = plan!.dom.querySelector(`section[data-measure="${measure.id}"]`);
      expect(section, `section for ${measure.id}`).not.toBeNull();
      const text = section!.text.replace(/\s+/g, ' ');
      const data = measure.data!;
      for (const field of [data.why, data.collect, data.howOften, data.whoCollects, data.privacy]) expect(text).toContain(field);
      const licence = section!.querySelector('[data-licence]');
      if (data.instrument) {
        expect(text).toContain(data.instrument.name);
        expect(licence?.getAttribute('data-licence')).toBe(data.instrument.licence);
      } else {
        expect(licence).toBeNull();
      }
    }
  });
});
