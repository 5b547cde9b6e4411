import { useEffect, useReducer, useRef } from 'react';

type Target = () => HTMLElement | null | undefined;

/**
 * Moves focus once React has drawn the next state, e.g. to new role-play choices or to a field that
 * replaced a button. Waiting for the commit (not a timer or animation frame) means the element exists.
 */
export function useFocusAfterRender(): (target: Target) => void {
  const pending = useRef<Target | null>(null);
  const [, rerender] = useReducer((count: number) => count + 1, 0);
  useEffect(() => {
    const target = pending.current;
    if (!target) return;
    pending.current = null;
    target()?.focus();
  });
  return (target) => {
    pending.current = target;
    rerender();
  };
}
