/**
 * Where a page's island scripts load: Astro's island runtime and its client directives
 * (`client:touch`, integrations/touch-directive.ts). Both are classic scripts, so the parser waits at
 * each until it has run. Pure, so it is tested in Node; integrations/finish-pages.ts applies it to dist/.
 *
 * 1. **Before the first island in the page.** Astro writes them before the first island it renders,
 *    which is not always the first in the page: on Active listening it was the quiz at the end, after two
 *    role-plays. So the role-plays were read, and shown, before the scripts that wake them: on a first
 *    visit, a reply tapped while those scripts were still loading did nothing, and the tap was lost.
 * 2. **A directive where the first screen ends.** On a first visit the browser paints what it has read
 *    while it waits for a script, and on a module page that was most of the prose: with a phone's CPU,
 *    0.3 s of style and layout before anything showed. The directive's script now loads where the
 *    first screen (header, title, summary, objectives) ends, at the element marked
 *    `data-first-screen-end`, and is fetched alongside the stylesheets as before: the first paint is that
 *    screen, and the body follows once the script has run. The runtime stays before the first island:
 *    it is the request that waits for a free connection, and the whole body would wait for it.
 *    (Measured with the phone's CPU and network applied: first paint 1,510 -> 1,415 ms. The body's style
 *    and layout, about 0.1 s of it, now follow the first paint, so Lighthouse counts them as blocking time.)
 */
import { CLASSIC_INLINE } from './shared-scripts.ts';

/** The mark on the element that begins after the first screen, removed from the page once used. */
export const FIRST_SCREEN_END = 'data-first-screen-end';
/**
 * What a script's code is to the islands, from the code Astro writes: its island runtime (which defines
 * the element every island is), a client directive (which registers itself as `Astro.<name> = …`), or
 * neither. The built-site checks read the shared script files with it too (tests/dist/island-scripts.test.ts).
 */
export function islandScriptKind(code: string): 'runtime' | 'directive' | undefined {
  if (/customElements\.define\("astro-island"/.test(code)) return 'runtime';
  if (/\(self\.Astro\|\|\(self\.Astro=\{\}\)\)\.[\w$]+=/.test(code)) return 'directive';
  return undefined;
}

/** The page with its island scripts moved up to where they must be, as the module's comment says. */
export function islandScriptsInPlace(html: string): string {
  const firstIsland = html.indexOf('<astro-island');
  const inPlace = firstIsland === -1 ? html : moveUp(html, firstIsland, (content) => islandScriptKind(content) !== undefined);
  const mark = inPlace.indexOf(` ${FIRST_SCREEN_END}`);
  if (mark === -1) return inPlace;
  const start = inPlace.lastIndexOf('<', mark);
  const unmarked = inPlace.slice(0, mark) + inPlace.slice(mark + FIRST_SCREEN_END.length + 1);
  return moveUp(unmarked, start, (content) => islandScriptKind(content) === 'directive');
}

/**
 * The inline classic scripts after `at` that `matches` picks, moved to `at`, in their order. Only ever
 * up: a script that must run before an island still does.
 */
function moveUp(html: string, at: number, matches: (content: string) => boolean): string {
  const moved: string[] = [];
  const rest = html.slice(at).replace(CLASSIC_INLINE, (script, content: string) => {
    if (!matches(content)) return script;
    moved.push(script);
    return '';
  });
  return html.slice(0, at) + moved.join('') + rest;
}
