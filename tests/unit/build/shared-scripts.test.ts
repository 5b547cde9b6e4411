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

  it('puts shared scripts that sit side by side in one file, in their order, and keeps a script on one page inline in its place', () => {
    const named = (content: string) => `_astro/${content.replace(/\W+/g, '-')}.js`;
    const joined = shareInlineScripts(
      new Map([
        ['module-1.html', '<p>1</p><script>touch()</script><script>runtime()</script><astro-island></astro-island>'],
        ['module-2.html', '<p>2</p><script>touch()</script>\n<script>runtime()</script><astro-island></astro-island>'],
        ['room.html', '<script>active()</script><script>runtime()</script><script>touch()</script><astro-island></astro-island>'],
      ]),
      named,
      src,
    );
    // Joined by line breaks, which end a `//` comment, around a semicolon, which ends a statement written without one.
    expect([...joined.files]).toEqual([
      ['_astro/touch-runtime-.js', 'touch()\n;\nruntime()'],
      ['_astro/runtime-touch-.js', 'runtime()\n;\ntouch()'],
    ]);
    expect(joined.pages.get('module-2.html')).toBe(
      '<p>2</p><script src="/training/_astro/touch-runtime-.js"></script><astro-island></astro-island>',
    );
    expect(joined.pages.get('room.html')).toBe(
      '<script>active()</script><script src="/training/_astro/runtime-touch-.js"></script><astro-island></astro-island>',
    );
  });

  it('counts a script once per page, however often the page repeats it', () => {
    const twice = shareInlineScripts(new Map([['a.html', '<script>x()</script><script>x()</script>']]), name, src);
    expect(twice.files.size).toBe(0);
    expect(twice.pages.size).toBe(0);
  });
});
