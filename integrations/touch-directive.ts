/**
 * `client:touch`: an island that hydrates at the first pointer press, focus or key press inside it, or
 * when a page script sends it WAKE_SIGNAL (saved progress to show). Until then a module page runs no
 * framework code at all.
 *
 * The first interaction is never lost. Ticks in a form stay ticked by themselves (the island adopts
 * them). A button pressed before the island is awake is held (its click stopped, so nothing half-works)
 * and pressed again once the island has hydrated; Enter and Space on a button arrive here as that click.
 */
import type { ClientDirective } from 'astro';
import { WAKE_EVENTS, WAKE_SIGNAL, heldButton } from '../src/lib/exercises/wake';

const wakers = [...WAKE_EVENTS, WAKE_SIGNAL];

const touch: ClientDirective = (load, _options, island) => {
  let held: HTMLButtonElement | undefined;

  const hold = (event: Event) => {
    const button = heldButton(event.target, island);
    if (!button) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    held = button;
  };

  const wake = () => {
    for (const name of wakers) island.removeEventListener(name, wake, true);
    island.addEventListener('click', hold, true);
    void (async () => {
      try {
        const hydrate = await load();
        await hydrate();
      } finally {
        island.removeEventListener('click', hold, true);
        // React has started hydrating (in a transition); a click now is one it hydrates for and answers.
        const button = held;
        held = undefined;
        if (button?.isConnected) button.click();
      }
    })();
  };

  for (const name of wakers) island.addEventListener(name, wake, true);
};

export default touch;
