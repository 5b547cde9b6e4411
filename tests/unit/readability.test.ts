import { describe, expect, it } from 'vitest';
import { plainProse, readingLevel } from '../../scripts/readability.mjs';
import { loadModules } from './content-loader';

describe('module prose stays plain (content brief: about an 8th-grade reading level)', () => {
  it('measures an easy sentence as easy and a dense one as hard', () => {
    expect(readingLevel(plainProse('You can ask. Then listen. Say back what you heard.')).grade).toBeLessThan(4);
    expect(
      readingLevel(
        plainProse(
          'Comprehensive multidisciplinary interventions necessitate interorganizational coordination and institutional accountability.',
        ),
      ).grade,
    ).toBeGreaterThan(15);
  });

  for (const module of loadModules()) {
    it(`${module.file} reads at grade 9 or below`, () => {
      const { grade } = readingLevel(plainProse(module.body ?? ''));
      expect(
        grade,
        `${module.file}: Flesch-Kincaid grade ${grade.toFixed(1)}; use shorter sentences and plainer words`,
      ).toBeLessThanOrEqual(9);
    });
  }
});
