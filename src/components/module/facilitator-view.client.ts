/**
 * Wires the facilitator view switch to the setting in the progress store (the one storage module).
 * When the view is on, the notes are read once from the module's facilitator guide page
 * (facilitator-notes.client.ts, loaded only then: a learner's visit never fetches it).
 */
import { progressStore, setFacilitatorView } from '../../lib/progress';

export function attachFacilitatorView(root: HTMLElement, notes: HTMLElement): void {
  const store = progressStore();
  const button = root.querySelector('button')!;
  const body = notes.querySelector<HTMLElement>('[data-notes-body]')!;
  let request: Promise<void> | undefined;

  const load = () => {
    // "Loading the notes…" from the start: the code that reads them is one more download.
    notes.querySelector<HTMLElement>('[data-notes-loading]')!.hidden = false;
    notes.setAttribute('aria-busy', 'true');
    request ??= import('./facilitator-notes.client')
      .then(({ loadNotes }) => loadNotes(notes))
      .catch(() => {
        // The notes' own code could not load (offline, or replaced by a newer version): say what to open.
        notes.querySelector<HTMLElement>('[data-notes-loading]')!.hidden = true;
        notes.removeAttribute('aria-busy');
        notes.querySelector<HTMLElement>('[data-notes-failed]')!.hidden = false;
        return false;
      })
      .then((loaded) => {
        if (!loaded) request = undefined; // tried again the next time the view is turned on
      });
  };

  const render = () => {
    const on = store.get().settings.facilitatorView === true;
    button.setAttribute('aria-pressed', String(on));
    notes.hidden = !on;
    if (on && !body.hasChildNodes()) load();
  };
  button.addEventListener('click', () => {
    const on = store.get().settings.facilitatorView !== true;
    store.update((progress) => setFacilitatorView(progress, on));
  });
  store.subscribe(render);
  render();
  root.removeAttribute('data-pending');
}
