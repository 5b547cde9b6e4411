/** Wires the facilitator view switch to the setting in the progress store (the one storage module). */
import { progressStore, setFacilitatorView } from '../../lib/progress';

export function attachFacilitatorView(root: HTMLElement, notes: HTMLElement): void {
  const store = progressStore();
  const button = root.querySelector('button')!;
  const render = () => {
    const on = store.get().settings.facilitatorView === true;
    button.setAttribute('aria-pressed', String(on));
    notes.hidden = !on;
  };
  button.addEventListener('click', () => {
    const on = store.get().settings.facilitatorView !== true;
    store.update((progress) => setFacilitatorView(progress, on));
  });
  store.subscribe(render);
  render();
  root.removeAttribute('data-pending');
}
