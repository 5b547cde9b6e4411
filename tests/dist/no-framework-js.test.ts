import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { base, dist, pages } from './built-site';
import { REACT_SIGNATURE, scriptsOf } from '../../scripts/lib/page-assets.mjs';

describe('pages without an exercise ship no framework JavaScript', () => {
  for (const page of pages) {
    const hasIsland = page.html.includes('<astro-island');
    it(`${page.file}${hasIsland ? ' (has an island)' : ''}`, () => {
      const files: string[] = scriptsOf(dist, base, page.file, page.html);
      const loadsReact = files.some((file) => readFileSync(file, 'utf8').includes(REACT_SIGNATURE));
      const problem = hasIsland ? 'has an island but loads no React' : 'has no island but loads React';
      expect(loadsReact, `${page.file} ${problem}`).toBe(hasIsland);
    });
  }
});
