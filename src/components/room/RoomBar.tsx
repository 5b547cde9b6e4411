/**
 * A bar for a share of the votes, 0 to 100. It is drawn with SVG attributes rather than an inline
 * style, so a strict Content-Security-Policy holds, and hidden from assistive technology: the number
 * beside it says the same.
 */
export function RoomBar({ percent }: { percent: number }) {
  return (
    <svg className="room-bar" aria-hidden="true" focusable="false" viewBox="0 0 100 10" preserveAspectRatio="none">
      <rect className="room-bar-track" width="100" height="10" />
      <rect className="room-bar-fill" width={Math.min(100, Math.max(0, percent))} height="10" />
    </svg>
  );
}
