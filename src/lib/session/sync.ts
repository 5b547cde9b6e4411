/**
 * Keeping the projector and the presenter view on the same step. The two are windows of the same
 * site in one browser, so they talk over a BroadcastChannel (same origin, nothing leaves the device).
 * Each window says which step it moved to; a presenter view that has just opened asks for the
 * current step. Messages are untrusted input like any other: anything not exactly this shape is ignored.
 */
export type SyncMessage = { type: 'step'; step: number } | { type: 'hello' };

/** One channel per plan, so two sessions planned in two tabs never steer each other. */
export function sessionChannel(planSearch: string): string {
  return `alongside:session:${planSearch}`;
}

export function readSyncMessage(data: unknown, stepCount: number): SyncMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (message.type === 'hello') return { type: 'hello' };
  if (message.type === 'step' && Number.isInteger(message.step) && (message.step as number) >= 0 && (message.step as number) < stepCount)
    return { type: 'step', step: message.step as number };
  return undefined;
}

/** Where the session is: the step (counting from 1 in the address, as people do) and which window this is. */
export interface SessionPlace {
  /** From 0. */
  step: number;
  presenter: boolean;
}

export function placeFromSearch(search: string, stepCount: number): SessionPlace {
  const params = new URLSearchParams(search);
  const number = Number(params.get('step'));
  const step = Number.isInteger(number) && number >= 1 && number <= stepCount ? number - 1 : 0;
  return { step, presenter: params.get('view') === 'presenter' };
}

/** The address of a place in the session: the plan's own query with the step and view after it. */
export function placeToSearch(planSearch: string, place: SessionPlace): string {
  const extra = `step=${place.step + 1}${place.presenter ? '&view=presenter' : ''}`;
  return planSearch ? `${planSearch}&${extra}` : `?${extra}`;
}
