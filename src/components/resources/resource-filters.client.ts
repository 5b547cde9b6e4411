/** Wires the resource guide's filter form: show matching cards, hide empty sections, count, keep the URL in step. */
import { ui } from '../../lib/i18n';
import { matchesFilter, type ResourceFacets, type ResourceFilter } from '../../lib/resources/filter';

const FIELDS = ['category', 'method', 'language', 'audience', 'open247'] as const;

export function attachResourceFilters(form: HTMLFormElement): void {
  const cards = [...document.querySelectorAll<HTMLElement>('[data-resource-card]')].map((card) => ({
    card,
    facets: JSON.parse(card.dataset.facets ?? '{}') as ResourceFacets,
  }));
  const sections = [...document.querySelectorAll<HTMLElement>('[data-category-section]')];
  const count = form.querySelector<HTMLElement>('[data-filter-count]')!;
  const noMatch = document.querySelector<HTMLElement>('[data-no-match]');
  const total = Number(form.dataset.total);

  const read = (): ResourceFilter => {
    const data = new FormData(form);
    const value = (name: string) => (data.get(name) as string | null) || undefined;
    return {
      category: value('category'),
      method: value('method'),
      language: value('language'),
      audience: value('audience'),
      open247: data.get('open247') === '1',
    };
  };

  const apply = (updateUrl: boolean) => {
    const filter = read();
    let shown = 0;
    for (const { card, facets } of cards) {
      const visible = matchesFilter(facets, filter);
      card.hidden = !visible;
      if (visible) shown++;
    }
    for (const section of sections) section.hidden = !section.querySelector('[data-resource-card]:not([hidden])');
    if (noMatch) noMatch.hidden = shown > 0;
    count.textContent = ui.resources.showing(shown, total);
    if (updateUrl) {
      const params = new URLSearchParams();
      for (const field of FIELDS) {
        const value = field === 'open247' ? (filter.open247 ? '1' : '') : (filter[field] ?? '');
        if (value) params.set(field, value);
      }
      history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    }
  };

  // Start from the address, so links like /resources/?category=crisis open filtered.
  const params = new URLSearchParams(location.search);
  for (const field of FIELDS) {
    const control = form.elements.namedItem(field);
    const value = params.get(field);
    if (!value) continue;
    if (control instanceof HTMLInputElement) control.checked = value === '1';
    else if (control instanceof HTMLSelectElement && [...control.options].some((option) => option.value === value)) control.value = value;
  }
  form.addEventListener('change', () => apply(true));
  form.addEventListener('reset', () => setTimeout(() => apply(true))); // after the form has reset its fields
  form.addEventListener('submit', (event) => event.preventDefault());
  apply(false);
}
