/**
 * Toggles a resource in "My resources" (stored with progress on this device) and keeps the button
 * honest. The progress store is loaded only where there is progress to read, or at the first save
 * (issue #18): on a first visit the button is ready as the page drew it, "Save".
 */
import { ui } from '../../lib/i18n';
import type { ProgressStore } from '../../lib/progress';
import { toggleSavedResource } from '../../lib/progress/saved-resources';
import { loadProgressStore, whenProgressSaved } from '../shared/progress-loader.client';

export function attachSaveButtons(roots: NodeListOf<HTMLElement>): void {
  const renders: ((store: ProgressStore) => void)[] = [];
  for (const root of roots) {
    const id = root.dataset.saveResource!;
    const name = root.dataset.name ?? ui.resources.thisResource;
    const button = root.querySelector('button')!;
    const status = root.querySelector<HTMLElement>('[role="status"]')!;
    renders.push((store) => {
      const saved = !!store.get().resources[id];
      button.setAttribute('aria-pressed', String(saved));
      button.textContent = saved ? ui.resources.saved : ui.resources.save;
    });
    button.addEventListener('click', () => {
      void loadProgressStore().then((store) => {
        store.update((progress) => toggleSavedResource(progress, id, new Date().toISOString()));
        const saved = !!store.get().resources[id];
        status.textContent = saved ? ui.resources.savedAnnounce(name) : ui.resources.removedAnnounce(name);
      });
    });
  }
  const show = () => roots.forEach((root) => root.removeAttribute('data-pending'));
  // With progress saved, the buttons stay hidden (their space kept) until they can say what is saved.
  const loadingNow = whenProgressSaved((store) => {
    const renderAll = () => renders.forEach((render) => render(store));
    store.subscribe(renderAll);
    renderAll();
    show();
  });
  if (!loadingNow) show();
}
