/**
 * `client:ready`: a tool that hydrates at once, as `client:load` does (My progress, the completion
 * record: what they show comes from this device, which the server cannot draw), once the page's
 * interface strings are there (src/lib/i18n/page-strings.ts). Almost always they are. If the page's
 * strings file failed to load, the tool is not started without them (it would fail, and React would
 * remove what the server drew): it stays as drawn, the status line after it (ExerciseStatus.astro) says
 * so, and the file is fetched again when the connection comes back or at the person's next press or key.
 */
import type { ClientDirective } from 'astro';
import { ensurePageStrings } from '../src/lib/i18n/page-strings';

const ready: ClientDirective = (load, _options, island) => {
  // The status line right after the island (ExerciseStatus.astro without a data file).
  const next = island.nextElementSibling;
  const status = next instanceof HTMLElement && next.dataset.unavailable !== undefined ? next : undefined;
  let waking = false;
  const wake = () => {
    if (waking) return;
    waking = true;
    void (async () => {
      try {
        await ensurePageStrings();
      } catch {
        if (status) status.textContent = status.dataset.unavailable ?? '';
        waking = false;
        window.addEventListener('online', wake, { once: true });
        for (const name of ['pointerdown', 'keydown']) window.addEventListener(name, wake, { once: true, capture: true });
        return;
      }
      if (status) status.textContent = '';
      const hydrate = await load();
      await hydrate();
    })();
  };
  wake();
};

export default ready;
