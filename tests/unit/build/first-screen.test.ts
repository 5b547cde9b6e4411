/** Where a page's island scripts load (src/lib/build/first-screen.ts). */
import { describe, expect, it } from 'vitest';
import { islandScriptsInPlace } from '../../../src/lib/build/first-screen';

const directive = '<script>(()=>{(self.Astro||(self.Astro={})).touch=t;window.dispatchEvent(new Event("astro:touch"));})();</script>';
const runtime = '<script>(()=>{customElements.get("astro-island")||customElements.define("astro-island",f)})();</script>';
const island = (id: string) => `<astro-island uid="${id}"><button>${id}</button></astro-island>`;

describe('islandScriptsInPlace', () => {
  it('moves the directive up to where the first screen ends, and the runtime up to the first island', () => {
    const page = `<h1>Title</h1><div class="module-body" data-first-screen-end><p>Prose</p>${island('a')}<p>More</p>${directive}${runtime}${island('b')}</div>`;
    expect(islandScriptsInPlace(page)).toBe(
      `<h1>Title</h1>${directive}<div class="module-body"><p>Prose</p>${runtime}${island('a')}<p>More</p>${island('b')}</div>`,
    );
  });

  it('without a mark, puts both before the first island, in their order', () => {
    const page = `<main>${island('a')}${directive}${runtime}${island('b')}</main>`;
    expect(islandScriptsInPlace(page)).toBe(`<main>${directive}${runtime}${island('a')}${island('b')}</main>`);
  });

  it('never moves a script down, and leaves other scripts where they are', () => {
    const other = '<script>console.log("page")</script>';
    const page = `${directive}${runtime}<h1>Title</h1><div data-first-screen-end>${other}${island('a')}</div>`;
    expect(islandScriptsInPlace(page)).toBe(`${directive}${runtime}<h1>Title</h1><div>${other}${island('a')}</div>`);
  });

  it('leaves a page without islands or a mark as it is', () => {
    const page = '<main><p>No islands</p><script>x()</script></main>';
    expect(islandScriptsInPlace(page)).toBe(page);
  });
});
