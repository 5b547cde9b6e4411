/**
 * Wires the resource guide's filter form: show matching cards, hide empty sections, count, keep the URL
 * in step. The country choice moves cards: a country's own lines join the guide, others go under their
 * country. It is kept in the address and remembered with progress on this device (the progress store
 * is loaded only where there is progress to read, or once someone picks a country: issue #18). The
 * layout's script loads it after the page's first paint, or at once when the address chooses filters
 * (layout/page-scripts.client.ts); until then the guide shows every resource and the form works as a
 * plain form.
 */
import { ui } from '../../lib/i18n';
import { chosenCountry, DEFAULT_COUNTRY, isCountry, placeFor, withCountry, type Country } from '../../lib/resources/country';
import { matchesFilter, type ResourceFacets, type ResourceFilter } from '../../lib/resources/filter';
import { loadProgressStore, whenProgressSaved } from '../shared/progress-loader.client';

const FIELDS = ['country', 'category', 'method', 'language', 'audience', 'open247'] as const;

export function attach(form: HTMLElement): void {
  if (!(form instanceof HTMLFormElement)) return;
  const cards = [...document.querySelectorAll<HTMLElement>('[data-resource-card]')]
    .map((card) => ({ card, order: Number(card.dataset.order), facets: JSON.parse(card.dataset.facets ?? '{}') as ResourceFacets }))
    .sort((a, b) => a.order - b.order);
  const sections = [...document.querySelectorAll<HTMLElement>('[data-category-section], [data-country-section]')];
  const elsewhere = document.querySelector<HTMLElement>('[data-elsewhere]');
  const countrySelect = form.elements.namedItem('country') as HTMLSelectElement;
  const listFor = (facets: ResourceFacets, country: Country) => {
    const place = placeFor(facets.countries, country);
    return place === 'here'
      ? document.querySelector(`[data-category-list="${facets.category}"]`)
      : document.querySelector(`[data-country-list="${place}"]`);
  };
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
    const country = isCountry(countrySelect.value) ? countrySelect.value : DEFAULT_COUNTRY;
    let shown = 0;
    // Appending in the guide's order moves each card to the end of its list, so every list ends up in order.
    for (const { card, facets } of cards) {
      listFor(facets, country)?.append(card);
      const visible = matchesFilter(facets, filter);
      card.hidden = !visible;
      if (visible) shown++;
    }
    for (const section of sections) section.hidden = !section.querySelector('[data-resource-card]:not([hidden])');
    if (elsewhere) elsewhere.hidden = !elsewhere.querySelector('[data-resource-card]:not([hidden])');
    if (noMatch) noMatch.hidden = shown > 0;
    count.textContent = ui.guide.showing(shown, total);
    if (updateUrl) {
      const params = new URLSearchParams();
      for (const field of FIELDS) {
        const value =
          field === 'open247'
            ? filter.open247
              ? '1'
              : ''
            : field === 'country'
              ? country === DEFAULT_COUNTRY
                ? ''
                : country
              : (filter[field] ?? '');
        if (value) params.set(field, value);
      }
      history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
    }
  };

  // Start from the address, so links like /resources/?category=crisis open filtered. A field the reader
  // changed before this script arrived (it loads after the first paint) keeps what they chose, and then
  // the address shows it at once, so the view can be shared or reloaded.
  const changedEarly = FIELDS.some((field) => changedByReader(form.elements.namedItem(field)));
  const params = new URLSearchParams(location.search);
  for (const field of FIELDS) {
    const control = form.elements.namedItem(field);
    const value = params.get(field);
    if (!value || changedByReader(control)) continue;
    if (control instanceof HTMLInputElement) control.checked = value === '1';
    else if (control instanceof HTMLSelectElement && [...control.options].some((option) => option.value === value)) control.value = value;
  }
  // The country: one the reader already picked, else from the address, else the one this device chose,
  // else the United States.
  let chosen = changedByReader(countrySelect) && isCountry(countrySelect.value);
  if (chosen) rememberCountry(countrySelect.value as Country);
  else countrySelect.value = chosenCountry(params.get('country'), undefined);
  whenProgressSaved((store) => {
    // Read once the store is loaded: the address, or a choice made in the meantime, still comes first.
    if (chosen || isCountry(params.get('country'))) return;
    countrySelect.value = chosenCountry(null, store.get().settings.country);
    apply(false);
  });
  form.addEventListener('change', (event) => {
    if (event.target === countrySelect && isCountry(countrySelect.value)) {
      chosen = true;
      rememberCountry(countrySelect.value);
    }
    apply(true);
  });
  // The country is where the reader is, not a filter: Clear filters keeps it.
  form.addEventListener('reset', () => {
    const country = countrySelect.value;
    setTimeout(() => {
      countrySelect.value = country;
      apply(true);
    }); // after the form has reset its fields
  });
  form.addEventListener('submit', (event) => event.preventDefault());
  apply(changedEarly);
}

/** Saves the reader's country with their progress on this device. */
function rememberCountry(country: Country): void {
  void loadProgressStore().then((store) => store.update((progress) => withCountry(progress, country)));
}

/** Whether the reader has changed a control from what the page was served with. */
function changedByReader(control: unknown): boolean {
  if (control instanceof HTMLInputElement) return control.checked !== control.defaultChecked;
  if (control instanceof HTMLSelectElement) {
    // Served with no option marked, a select shows its first.
    const served = [...control.options].find((option) => option.defaultSelected) ?? control.options[0];
    return control.value !== (served?.value ?? '');
  }
  return false;
}
