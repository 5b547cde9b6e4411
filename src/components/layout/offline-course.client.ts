/**
 * The footer once the offline copy is installed: it asks the worker what it holds, says so, and offers
 * the rest of the course with its size. Choosing it asks the worker to cache the rest and remember the
 * choice (in its own cache, so "forget everything" removes it too); the footer then says the whole site
 * is saved and moves focus there, since the button pressed is gone.
 */
import { ui } from '../../lib/i18n';
import { formatSize, type OfflineRequest, type OfflineState } from '../../lib/offline/whole-course';

/** How long to wait for the worker to answer a question about its state (it answers from its cache at once). */
const STATE_TIMEOUT = 5_000;

/** Asks the active worker; resolves with its answer, or undefined if none comes. */
function ask(worker: ServiceWorker, request: OfflineRequest, timeout?: number): Promise<OfflineState | undefined> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    const timer = timeout ? setTimeout(() => resolve(undefined), timeout) : undefined;
    channel.port1.onmessage = (event: MessageEvent<OfflineState>) => {
      clearTimeout(timer);
      resolve(event.data);
    };
    worker.postMessage(request, [channel.port2]);
  });
}

/**
 * Shows what is saved: the whole site, or the essentials and the offer of the rest. `focus`: the person
 * just asked for a copy, so focus moves to the result.
 */
export async function showOfflineState(root: HTMLElement, registration: ServiceWorkerRegistration, focus: boolean): Promise<void> {
  const ready = root.querySelector<HTMLElement>('[data-offline-ready]')!;
  const offer = root.querySelector<HTMLElement>('[data-offline-course]')!;
  const saving = root.querySelector<HTMLElement>('[data-offline-course-saving]')!;
  const failed = root.querySelector<HTMLElement>('[data-offline-course-failed]')!;
  const worker = registration.active;
  const state = worker ? await ask(worker, { type: 'offline-state' }, STATE_TIMEOUT) : undefined;

  const show = (current: OfflineState | undefined, moveFocus: boolean) => {
    const whole = current?.wholeCourse === true;
    ready.textContent = whole ? ui.offline.ready : ui.offline.readyEssentials;
    ready.hidden = false;
    saving.hidden = true;
    offer.hidden = whole || !current;
    if (current && !whole)
      offer.querySelector('[data-offline-course-size]')!.textContent = ui.offline.courseSize(formatSize(current.courseBytes));
    failed.hidden = current?.failed !== true;
    if (moveFocus) (current?.failed ? failed : ready).focus();
  };
  show(state, focus);

  offer.querySelector('button')!.onclick = () => {
    if (!worker) return;
    offer.hidden = true;
    failed.hidden = true;
    saving.hidden = false;
    saving.focus();
    void ask(worker, { type: 'whole-course' }).then((result) => show(result, true));
  };
}
