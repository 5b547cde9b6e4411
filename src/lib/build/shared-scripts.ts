/**
 * Astro writes its island runtime (about 4 KB) and each client directive into every page with an
 * island as inline scripts, so every module page sends them again (about 2 KB gzipped). After the
 * build, an inline script found on more than one page goes into a file that the pages load, in the same
 * place and as the same kind of script (a classic script, so it still runs at once, in order, before
 * the islands after it), fetched once and then cached. Shared scripts that sit side by side on a page
 * (a directive, then the runtime) share one file: each was a parser-blocking request of its own, and
 * over HTTP/1.1's six connections a page's stylesheets, strings and first script took them all, so the
 * second script waited for one to free. Lighthouse with a phone's CPU and connection applied, Active
 * listening's first contentful paint, medians of 8 taken in turn: 1,600 -> 1,549 ms (lower in 6 of 8 pairs).
 * Pure, so it is tested in Node; integrations/finish-pages.ts applies it to dist/.
 */

/** An inline classic script: no src, no type (JSON data blocks and module scripts are left alone). */
const CLASSIC_INLINE = /<script>([\s\S]+?)<\/script>/g;
/** Inline classic scripts one after another, with nothing but white space between them. */
const SIDE_BY_SIDE = /<script>[\s\S]+?<\/script>(?:\s*<script>[\s\S]+?<\/script>)*/g;
/**
 * Between two scripts joined in one file: the line breaks end a `//` comment and the semicolon ends a
 * last statement written without one, so the second script's first line cannot continue it.
 */
const JOIN = '\n;\n';

export interface SharedScripts {
  /** Each changed page's new HTML, by the same key as the input. */
  pages: Map<string, string>;
  /** The files to write: name (from `fileName`) to content. */
  files: Map<string, string>;
}

/**
 * Moves every inline classic script that is on at least two of `pages` into a file, one file for
 * shared scripts side by side. `fileName` names a file from its content (a content hash, so a changed
 * script gets a new name); `src` is the address a page loads that file from.
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
  const isShared = (content: string) => (seen.get(content) ?? 0) >= 2;
  const files = new Map<string, string>();
  const fileOf = (contents: string[]) => {
    const content = contents.join(JOIN);
    const name = fileName(content);
    files.set(name, content);
    return `<script src="${src(name)}"></script>`;
  };

  const changed = new Map<string, string>();
  for (const [key, html] of pages) {
    const next = html.replace(SIDE_BY_SIDE, (run) => {
      if (![...run.matchAll(CLASSIC_INLINE)].some(([, content]) => isShared(content!))) return run;
      // Each stretch of shared scripts becomes one file; a script on this page only stays inline, in its place.
      const parts: string[] = [];
      let stretch: string[] = [];
      const endStretch = () => {
        if (stretch.length) parts.push(fileOf(stretch));
        stretch = [];
      };
      for (const [script, content] of run.matchAll(CLASSIC_INLINE)) {
        if (isShared(content!)) stretch.push(content!);
        else {
          endStretch();
          parts.push(script);
        }
      }
      endStretch();
      return parts.join('');
    });
    if (next !== html) changed.set(key, next);
  }
  return { pages: changed, files };
}
