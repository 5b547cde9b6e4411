import { describe, expect, it } from 'vitest';
import { currentSection, pageContents } from '../../../src/lib/curriculum/contents';

describe('"On this page" for a module', () => {
  it('lists the page’s own parts around the body’s second-level headings, leaving deeper ones out', () => {
    const headings = [
      { depth: 2, slug: 'listening', text: 'Listening' },
      { depth: 3, slug: 'detail', text: 'A detail' },
      { depth: 2, slug: 'quiz', text: 'Check your learning' },
    ];
    expect(pageContents(headings, [{ id: 'top', text: 'Overview' }], [{ id: 'key', text: 'Key points' }])).toEqual([
      { id: 'top', text: 'Overview' },
      { id: 'listening', text: 'Listening' },
      { id: 'quiz', text: 'Check your learning' },
      { id: 'key', text: 'Key points' },
    ]);
  });
});

describe('the section being read', () => {
  const tops = (a: number, b: number, c: number) => [
    { id: 'a', top: a },
    { id: 'b', top: b },
    { id: 'c', top: c },
  ];

  it('is the last heading at or above the reading line', () => {
    expect(currentSection(tops(-900, -10, 400), 200)).toBe('b');
    expect(currentSection(tops(-900, -500, 200), 200)).toBe('c');
  });

  it('is the first heading before any reaches the line, and nothing without headings', () => {
    expect(currentSection(tops(300, 900, 1500), 200)).toBe('a');
    expect(currentSection([], 200)).toBeUndefined();
  });
});
