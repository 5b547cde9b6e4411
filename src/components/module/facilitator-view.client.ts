/**
 * Wires the facilitator view switch to the setting in the progress store (the one storage module).
 * When the view is on, the notes are read once from the module's facilitator guide page, so module
 * pages do not carry them for every learner; the service worker serves that page offline once cached.
 */
import { progressStore, setFacilitatorView } from '../../lib/progress';

/** The guide's block, from the guide page's HTML, with its headings one level down (under "For the trainer"). */
export function notesFromGuide(html: string): Node[] {
  const guide = new DOMParser().parseFromString(html, 'text/html');
  const block = guide.querySelector('[data-facilitator-block]');
  if (!block) throw new Error('no facilitator block in the guide page');
  for (const heading of block.querySelectorAll('h2')) {
    const lower = guide.createElement('h3');
    for (const { name, value } of heading.attributes) lower.setAttribute(name, value);
    lower.append(...heading.childNodes);
    heading.replaceWith(lower);
  }
  return [...block.childNodes].map((node) => document.importNode(node, true));
}

export function attachFacilitatorView(root: HTMLElement, notes: HTMLElement): void {
  const store = progressStore();
  const button = root.querySelector('button')!;
  const body = notes.querySelector<HTMLElement>('[data-notes-body]')!;
  const loading = notes.querySelector<HTMLElement>('[data-notes-loading]')!;
  const failed = notes.querySelector<HTMLElement>('[data-notes-failed]')!;
  let request: Promise<void> | undefined;

  const load = () => {
    request ??= (async () => {
      loading.hidden = false;
      notes.setAttribute('aria-busy', 'true');
      try {
        const response = await fetch(notes.dataset.guide!);
        if (!response.ok) throw new Error(`${response.status}`);
        body.replaceChildren(...notesFromGuide(await response.text()));
        failed.hidden = true;
      } catch {
        failed.hidden = false;
        request = undefined; // tried again the next time the view is turned on
      } finally {
        loading.hidden = true;
        notes.removeAttribute('aria-busy');
      }
    })();
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
