/** Toggles a resource in "My resources" (stored with progress on this device) and keeps the button honest. */
import { ui } from '../../lib/i18n';
import { progressStore, toggleSavedResource } from '../../lib/progress';

export function attachSaveButtons(roots: NodeListOf<HTMLElement>): void {
  for (const root of roots) {
    const id = root.dataset.saveResource!;
    const name = root.dataset.name ?? ui.resources.thisResource;
    const button = root.querySelector('button')!;
    const status = root.querySelector<HTMLElement>('[role="status"]')!;
    const store = progressStore();
    const render = () => {
      const saved = !!store.get().resources[id];
      button.setAttribute('aria-pressed', String(saved));
      button.textContent = saved ? ui.resources.saved : ui.resources.save;
    };
    button.addEventListener('click', () => {
      store.update((progress) => toggleSavedResource(progress, id, new Date().toISOString()));
      const saved = !!store.get().resources[id];
      status.textContent = saved ? ui.resources.savedAnnounce(name) : ui.resources.removedAnnounce(name);
    });
    store.subscribe(render);
    render();
    root.removeAttribute('data-pending');
  }
}
