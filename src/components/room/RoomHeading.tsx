import type { ReactNode, Ref } from 'react';

/** A room screen's heading. It takes focus after each move, so it is focusable by script only. */
export function RoomHeading({ ref, children }: { ref: Ref<HTMLHeadingElement>; children: ReactNode }) {
  return (
    <h2 ref={ref} tabIndex={-1}>
      {children}
    </h2>
  );
}
