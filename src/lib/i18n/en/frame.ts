export const frame = {
  refused:
    'Alongside is shown inside another website here, so it will not forget, clear or import anything. ' +
    'Open Alongside in its own tab to do that.',
} as const;
