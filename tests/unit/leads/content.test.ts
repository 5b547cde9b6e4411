/**
 * The guide for program leads and its evaluation plan, as content: every file valid, person-first words,
 * plain reading level, and the guide holding the three pages the issue asks for (#14).
 */
import { describe, expect, it } from 'vitest';
import { plainProse, readingLevel } from '../../../scripts/readability.mjs';
import { loadGlossary, loadLeadGuides, loadMeasures } from '../content-loader';

const guides = loadLeadGuides();
const measures = loadMeasures();

const avoidTerms = loadGlossary().flatMap((entry) => (entry.data?.kind === 'pair' ? entry.data.avoid : []));
const escape = (term: string) => term.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
const avoidPatterns = avoidTerms.map((term) => ({ term, pattern: new RegExp(`(?<![\\w-])${escape(term)}(?![\\w-])`, 'i') }));

/** The words a reader sees, sources left out (a published title keeps its own wording). */
const guideText = (guide: (typeof guides)[number]) =>
  guide.data
    ? [
        guide.data.title,
        guide.data.summary,
        ...guide.data.parts.flatMap((part) => [part.heading, ...part.paragraphs, ...(part.points ?? [])]),
      ]
    : [];
const measureText = (measure: (typeof measures)[number]) =>
  measure.data
    ? [measure.data.name, measure.data.why, measure.data.collect, measure.data.howOften, measure.data.whoCollects, measure.data.privacy]
    : [];

describe('guide for program leads: content files', () => {
  for (const entry of [...guides, ...measures]) {
    it(`${entry.file} matches its schema`, () => {
      expect(entry.problems, entry.problems.join('\n')).toEqual([]);
    });
  }

  it('has the evidence, design and measuring pages, in that order', () => {
    const ordered = [...guides].sort((a, b) => (a.data?.order ?? 0) - (b.data?.order ?? 0)).map((guide) => guide.id);
    expect(ordered).toEqual(['why-it-works', 'designing-a-program', 'measuring']);
  });

  it('plans the measures the issue names: retention, attendance, satisfaction, quality of life and mentor burnout', () => {
    expect(measures.map((measure) => measure.id)).toEqual(
      expect.arrayContaining(['retention', 'attendance', 'satisfaction', 'quality-of-life', 'mentor-burnout']),
    );
  });

  it('gives order numbers once each, so the plan reads the same every build', () => {
    for (const entries of [guides, measures]) {
      const orders = entries.map((entry) => entry.data?.order);
      expect(new Set(orders).size).toBe(orders.length);
    }
  });
});

describe('guide for program leads: wording', () => {
  for (const entry of [
    ...guides.map((guide) => ({ file: guide.file, text: guideText(guide) })),
    ...measures.map((measure) => ({ file: measure.file, text: measureText(measure) })),
  ]) {
    it(`${entry.file} uses person-first language`, () => {
      const found = avoidPatterns.filter(({ pattern }) => entry.text.some((text) => pattern.test(text))).map(({ term }) => term);
      expect(found, `${entry.file}: words from the avoid list: ${found.join(', ')}`).toEqual([]);
    });
  }

  for (const guide of guides) {
    it(`${guide.file} reads at grade 9 or below`, () => {
      const { grade } = readingLevel(plainProse(guideText(guide).join('\n\n')));
      expect(grade, `${guide.file}: Flesch-Kincaid grade ${grade.toFixed(1)}`).toBeLessThanOrEqual(9);
    });
  }
});
