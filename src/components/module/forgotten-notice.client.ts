/** After "forget everything", the home page says what was removed, and what the browser refused. */
import { forgottenMessage, readForgotten } from '../../lib/offline/forgotten';

export function showForgotten(): void {
  const forgotten = document.querySelector<HTMLElement>('[data-forgotten]');
  const result = readForgotten(location.search);
  if (forgotten && result) {
    forgotten.textContent = forgottenMessage(result);
    forgotten.hidden = false;
  }
}
