import { useEffect, useRef } from 'react';
import { readSyncMessage, sessionChannel, type SyncMessage } from '../../lib/session/sync';

/**
 * Keeps this window on the same step as the session's other window (projector or presenter view) over
 * a BroadcastChannel. Returns the function that tells the other window about a local move. Where a
 * browser has no BroadcastChannel, each window simply runs on its own.
 */
export function useSessionSync(
  planSearch: string,
  stepCount: number,
  step: number,
  onRemoteStep: (step: number) => void,
): (step: number) => void {
  const channel = useRef<BroadcastChannel | null>(null);
  // The latest step and handler, so the channel is opened once per session but never answers with a stale step.
  const latest = useRef({ step, onRemoteStep });
  latest.current = { step, onRemoteStep };

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const opened = new BroadcastChannel(sessionChannel(planSearch));
    const send = (message: SyncMessage) => opened.postMessage(message);
    opened.onmessage = (event: MessageEvent<unknown>) => {
      const message = readSyncMessage(event.data, stepCount);
      if (message?.type === 'hello') send({ type: 'step', step: latest.current.step });
      else if (message && message.step !== latest.current.step) latest.current.onRemoteStep(message.step);
    };
    channel.current = opened;
    // A window that has just opened asks where the session is.
    send({ type: 'hello' });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, [planSearch, stepCount]);

  return (next) => channel.current?.postMessage({ type: 'step', step: next } satisfies SyncMessage);
}
