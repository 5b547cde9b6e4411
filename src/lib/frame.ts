/**
 * Whether this page is shown inside a frame from another website. A meta CSP cannot forbid framing
 * (`frame-ancestors` works only as a header, see the README's deploy section), so on hosts that cannot
 * send the header a hostile site could frame Alongside and trick a click on "Clear" or "Forget". The
 * pages therefore refuse destructive actions when framed by another origin; a same-origin frame is fine.
 */
export function framedByOtherSite(view: Pick<Window, 'self' | 'top' | 'location'> = window): boolean {
  if (view.top === view.self || view.top === null) return false;
  try {
    return view.top.location.origin !== view.location.origin;
  } catch {
    return true; // reading another origin's location throws: that is the answer
  }
}
