/** Inline scripts that repeat across pages become one cached file (src/lib/build/shared-scripts.ts). */
import { describe, expect, it } from 'vitest';
import { shareInlineScripts } from '../../../src/lib/build/shared-scripts';

const name = (content: string) => `_astro/shared.${content.length}.js`;
const src = (file: string) => `/training/${file}`;

describe('shareInlineScripts', () => {
  const pages = new Map([
    ['a.html', '<body><script>runtime()</script><script>once()</script><astro-island></astro-island></body>'],
    ['b.html', '<body><script>runtime()</script><script type="module">mod()</script><script type="application/json">{}</script></body>'],
    ['c.html', '<body><p>No scripts</p></body>'],
  ]);
  const shared = shareInlineScripts(pages, name, src);

  it('writes a script found on two or more pages to one file, and leaves scripts on one page inline', () => {
    expect([...shared.files]).toEqual([['_astro/shared.9.js', 'runtime()']]);
    expect(shared.pages.get('a.html')).toBe(
      '<body><script src="/training/_astro/shared.9.js"></script><script>once()</script><astro-island></astro-island></body>',
    );
  });

  it('leaves module scripts, data blocks and pages without a shared script alone', () => {
    expect(shared.pages.get('b.html')).toBe(
      '<body><script src="/training/_astro/shared.9.js"></script><script type="module">mod()</script><script type="application/json">{}</script></body>',
    );
    expect(shared.pages.has('c.html')).toBe(false);
  });

  it('counts a script once per page, however often the page repeats it', () => {
    const twice = shareInlineScripts(new Map([['a.html', '<script>x()</script><script>x()</script>']]), name, src);
    expect(twice.files.size).toBe(0);
    expect(twice.pages.size).toBe(0);
  });
});
