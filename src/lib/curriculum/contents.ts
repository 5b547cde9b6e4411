/**
 * "On this page" for a module: which headings it lists, and which one the reader is in as they scroll.
 * The list is plain links in the HTML; following the scroll is an extra a small script adds.
 */
export interface ContentsEntry {
  /** The heading's id, the link's fragment. */
  id: string;
  text: string;
}

/** Heading data as Astro's render() gives it for an MDX entry. */
export interface HeadingLike {
  depth: number;
  slug: string;
  text: string;
}

/**
 * The entries: the page's own parts before and after the body (overview, key points, sources) around
 * the body's second-level headings. Deeper headings are left out to keep the list short on a phone.
 */
export function pageContents(headings: readonly HeadingLike[], before: ContentsEntry[], after: ContentsEntry[]): ContentsEntry[] {
  const body = headings.filter((heading) => heading.depth === 2).map((heading) => ({ id: heading.slug, text: heading.text }));
  return [...before, ...body, ...after];
}

/**
 * The section being read: the last heading whose top is at or above the reading line (a little below
 * the top of the window), or the first one before any heading reaches it. Tops are in page order.
 */
export function currentSection(tops: readonly { id: string; top: number }[], line: number): string | undefined {
  let current = tops[0]?.id;
  for (const { id, top } of tops) {
    if (top > line) break;
    current = id;
  }
  return current;
}
