/**
 * Whether this page is shown inside a frame from another site. A Content-Security-Policy in a <meta>
 * tag cannot carry `frame-ancestors`, so on a host that cannot send it as a header another site could
 * frame Alongside and trick a person into clicking "forget", "clear" or "import" (clickjacking). Those
 * actions ask this first and refuse, saying so, when it is true.
 */

/** The part of `window` this needs: a window, its parent chain, and each one's origin. */
export interface FrameWindow {
  readonly parent: FrameWindow;
  readonly location: { readonly origin: string };
}

export function framedByAnotherSite(view: FrameWindow): boolean {
  // Walk up every frame to the top (whose parent is itself): any ancestor from another origin counts,
  // including a same-site page framed by another site in between.
  for (let current = view; current.parent !== current; current = current.parent) {
    try {
      if (current.parent.location.origin !== view.location.origin) return true;
    } catch {
      return true; // reading another origin's location throws: that is the answer
    }
  }
  return false;
}
