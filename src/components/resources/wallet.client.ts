/** "My resources": shows the saved cards, removes one, prints the lot as wallet cards. */
import { ui } from '../../lib/i18n';
import { progressStore, toggleSavedResource } from '../../lib/progress';

export function attachWallet(): void {
  const store = progressStore();
  const items = [...document.querySelectorAll<HTMLElement>('[data-wallet-item]')];
  const empty = document.querySelector<HTMLElement>('[data-wallet-empty]')!;
  const actions = document.querySelector<HTMLElement>('[data-wallet-actions]')!;
  const status = document.querySelector<HTMLElement>('[data-wallet-status]')!;

  const render = () => {
    const saved = store.get().resources;
    let count = 0;
    for (const item of items) {
      item.hidden = !saved[item.dataset.walletItem!];
      if (!item.hidden) count++;
    }
    empty.hidden = count > 0;
    actions.hidden = count === 0;
  };

  document.querySelector('[data-wallet-print]')?.addEventListener('click', () => window.print());
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
  store.subscribe(render);
  render();
}
