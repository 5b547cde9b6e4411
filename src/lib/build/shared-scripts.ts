/**
 * Astro writes its island runtime (about 4 KB) and each client directive into every page with an
 * island as inline scripts, so every module page sends them again (about 2 KB gzipped). After the
 * build, an inline script found on more than one page becomes one file that the pages load, in the same
 * place and as the same kind of script (a classic script, so it still runs at once, in order, before
 * the islands after it), fetched once and then cached. Pure, so it is tested in Node;
 * integrations/finish-pages.ts applies it to dist/.
 *
 * They stay where Astro put them, blocking the parser, and nothing asks for them early. Measured on a
 * module page with a phone's CPU and network applied (issue #18, 6 visits each, medians): the first
 * paint came at 1,590 ms as they are; 1,635 ms with both preloaded from the head, and 1,680 ms with the
 * layout's script moved into the head too (those started the page's scripts 0.4 to 1.5 s sooner). With
 * both deferred, 1,978 ms against 1,578 as they are (8 visits each), and an exercise could be pressed
 * before the code that holds the press had run. In the traces, the first paint came while the parser
 * waited at such a script with the stylesheets in; the less of the page parsed by then, the sooner.
 */

/** An inline classic script: no src, no type (JSON data blocks and module scripts are left alone). */
export const CLASSIC_INLINE = /<script>([\s\S]+?)<\/script>/g;

export interface SharedScripts {
  /** Each changed page's new HTML, by the same key as the input. */
  pages: Map<string, string>;
  /** The files to write: name (from `fileName`) to content. */
  files: Map<string, string>;
}

/**
 * Moves every inline classic script that is on at least two of `pages` into a file. `fileName` names
 * a script's file from its content (a content hash, so a changed script gets a new name); `src` is
 * the address a page loads that file from.
 */
export function shareInlineScripts(
  pages: ReadonlyMap<string, string>,
  fileName: (content: string) => string,
  src: (file: string) => string,
): SharedScripts {
  const seen = new Map<string, number>();
  for (const html of pages.values()) {
    for (const content of new Set([...html.matchAll(CLASSIC_INLINE)].map((match) => match[1]!))) {
      seen.set(content, (seen.get(content) ?? 0) + 1);
    }
  }
  const files = new Map<string, string>();
  const names = new Map<string, string>();
  for (const [content, count] of seen) {
    if (count < 2) continue;
    const name = fileName(content);
    files.set(name, content);
    names.set(content, name);
  }
  const changed = new Map<string, string>();
  for (const [key, html] of pages) {
    const next = html.replace(CLASSIC_INLINE, (script, content: string) => {
      const name = names.get(content);
      return name === undefined ? script : `<script src="${src(name)}"></script>`;
    });
    if (next !== html) changed.set(key, next);
  }
  return { pages: changed, files };
}
