/**
 * Two stylesheets per page at most (issue #18). Vite splits CSS by component, so a module page linked
 * five small files, and Astro leaves a few short <style> elements in <head>. Every stylesheet holds up
 * the first paint, and on a phone's connection each extra request before it is another wait (Lighthouse,
 * module page: one file instead of five took about 40 ms off the simulated first paint; with the page's
 * scripts also loading after it, about 150 ms).
 *
 * After the build, the stylesheet every page links (the site's base styles) stays a file of its own,
 * cached once for the whole site; the rest of a page's stylesheets and <style> elements, in their order
 * (so the cascade is unchanged), become one file named by its content. Pages with the same styles (every
 * module page, say) share that file. So a page links two stylesheets at most, and the offline copy, which
 * holds several kinds of page, does not hold the base styles again in each. Pure, so it is tested in
 * Node; integrations/finish-pages.ts applies it to dist/ and removes the files no page links any more.
 */

/** A stylesheet link or a plain <style> element (no media or other attributes: those are left alone). */
const STYLE_TAG = /<link rel="stylesheet" href="([^"]+)">|<style>([\s\S]*?)<\/style>/g;

export interface PageStylesheets {
  /** Each changed page's new HTML, by the same key as the input. */
  pages: Map<string, string>;
  /** The files to write: name (from `fileName`) to content. */
  files: Map<string, string>;
  /** Every stylesheet address a page linked before (so the caller can remove those no page links now). */
  replaced: Set<string>;
}

/**
 * Combines the styles in each page's <head>. `read` gives a linked stylesheet's text from its address;
 * `fileName` names a combined file from its content (a content hash, so a change gets a new name);
 * `href` is the address a page links that file at. The stylesheets every page links first are kept; a
 * page with nothing else to combine but one stylesheet is left as it is.
 */
export function combinePageStylesheets(
  pages: ReadonlyMap<string, string>,
  read: (href: string) => string,
  fileName: (css: string) => string,
  href: (file: string) => string,
): PageStylesheets {
  const result: PageStylesheets = { pages: new Map(), files: new Map(), replaced: new Set() };
  const heads = new Map(
    [...pages].flatMap(([key, html]) => (html.includes('</head>') ? [[key, html.slice(0, html.indexOf('</head>'))]] : [])),
  );
  const common = linkedByEvery([...heads.values()].filter((head) => /<link rel="stylesheet"/.test(head)));
  for (const [key, head] of heads) {
    const all = [...head.matchAll(STYLE_TAG)];
    // The base styles stay where they are, first; everything after them is combined.
    const kept = all.findIndex((tag) => tag[1] === undefined || !common.has(tag[1]));
    const tags = kept === -1 ? [] : all.slice(kept);
    const links = tags.filter((tag) => tag[1] !== undefined);
    if (tags.length < 2 && links.length === tags.length) continue;
    // Each part on its own line, so a part that ends without a newline cannot run into the next.
    const css = tags.map(([, link, inline]) => (link !== undefined ? read(link) : inline!).trim()).join('\n');
    const file = fileName(css);
    result.files.set(file, css);
    links.forEach(([, link]) => result.replaced.add(link!));
    let index = 0;
    const newHead = head.replace(STYLE_TAG, (tag) => {
      const position = index++;
      if (position < kept) return tag;
      return position === kept ? `<link rel="stylesheet" href="${href(file)}">` : '';
    });
    result.pages.set(key, newHead + pages.get(key)!.slice(head.length));
  }
  return result;
}

/** The stylesheet addresses that every one of these heads links. */
function linkedByEvery(heads: string[]): Set<string> {
  const linked = heads.map((head) => new Set([...head.matchAll(STYLE_TAG)].flatMap(([, link]) => (link === undefined ? [] : [link]))));
  const [first = new Set<string>(), ...rest] = linked;
  return new Set([...first].filter((link) => rest.every((set) => set.has(link))));
}
