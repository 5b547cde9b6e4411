/**
 * The facilitator notes, read from the module's facilitator guide page when a trainer turns the view on
 * (facilitator-view.client.ts), so module pages do not carry them for every learner, nor this code:
 * learners never load it. The service worker serves the guide page offline once cached.
 */
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

/**
 * Fills the notes from the guide page, or says what to open if it cannot. The view has already said
 * "Loading the notes…" (facilitator-view.client.ts, before this file arrived); this ends it.
 */
export async function loadNotes(notes: HTMLElement): Promise<boolean> {
  const body = notes.querySelector<HTMLElement>('[data-notes-body]')!;
  const loading = notes.querySelector<HTMLElement>('[data-notes-loading]')!;
  const failed = notes.querySelector<HTMLElement>('[data-notes-failed]')!;
  try {
    const response = await fetch(notes.dataset.guide!);
    if (!response.ok) throw new Error(`${response.status}`);
    body.replaceChildren(...notesFromGuide(await response.text()));
    failed.hidden = true;
    return true;
  } catch {
    failed.hidden = false;
    return false;
  } finally {
    loading.hidden = true;
    notes.removeAttribute('aria-busy');
  }
}
