/**
 * "My resources": shows the saved cards, removes one, prints the lot as wallet cards. With no progress
 * on this device nothing can be saved, so the page shows its empty state without loading the progress
 * store (issue #18); the store comes as soon as there is progress to read, here or in another tab.
 */
import { ui } from '../../lib/i18n';
import type { ProgressStore } from '../../lib/progress';
import { toggleSavedResource } from '../../lib/progress/saved-resources';
import { whenProgressSaved } from '../shared/progress-loader.client';

export function attachWallet(): void {
  const items = [...document.querySelectorAll<HTMLElement>('[data-wallet-item]')];
  const empty = document.querySelector<HTMLElement>('[data-wallet-empty]')!;
  const actions = document.querySelector<HTMLElement>('[data-wallet-actions]')!;
  const status = document.querySelector<HTMLElement>('[data-wallet-status]')!;

  const render = (saved: Record<string, unknown>) => {
    let count = 0;
    for (const item of items) {
      item.hidden = !saved[item.dataset.walletItem!];
      if (!item.hidden) count++;
    }
    empty.hidden = count > 0;
    actions.hidden = count === 0;
  };

  document.querySelector('[data-wallet-print]')?.addEventListener('click', () => window.print());
  const loadingNow = whenProgressSaved((store) => {
    attachRemoveButtons(store, items, status);
    store.subscribe(() => render(store.get().resources));
    render(store.get().resources);
  });
  // Nothing saved on this device: say so now (with progress, the list is shown once it is read).
  if (!loadingNow) render({});
}

/** Remove buttons show only on saved cards, so they need the store (already loaded by then). */
function attachRemoveButtons(store: ProgressStore, items: HTMLElement[], status: HTMLElement): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-wallet-remove]')) {
    button.addEventListener('click', () => {
      const id = button.dataset.walletRemove!;
      const name = button.closest('li')?.querySelector('.wallet-name')?.textContent?.trim() ?? ui.resources.theResource;
      // Focus must not be lost when the card disappears: move it to a neighbouring card, else to the page.
      const index = items.findIndex((item) => item.dataset.walletItem === id);
      const neighbour = [...items.slice(index + 1), ...items.slice(0, index).reverse()].find((item) => !item.hidden);
      store.update((progress) => toggleSavedResource(progress, id, new Date().toISOString()));
      status.textContent = ui.resources.walletRemoved(name);
      (neighbour?.querySelector<HTMLElement>('[data-wallet-remove]') ?? document.querySelector<HTMLElement>('main'))?.focus();
    });
  }
}
