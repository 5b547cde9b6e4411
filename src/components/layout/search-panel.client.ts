/**
 * What the header search shows under its box: the help card for a search that suggests danger, the
 * offer of the other edition, the results, and what to try when nothing is found. Drawn here, when
 * someone starts to search, rather than in every page's HTML: it is hidden until then and needs this
 * script to work, so a page that is only read no longer carries it (about 0.6 KB gzipped on every
 * page). The help card's lines stay in the page (SiteSearch.astro), from the resource data.
 */
import { ui } from '../../lib/i18n';
import { currentLanguage } from '../../lib/i18n/language';
import { editionNames } from '../../lib/i18n/edition-names';
import { element } from './element.client';

/** Draws the panel into the search's dropdown, once; the status line above it is in the page from the start. */
export function drawSearchPanel(root: HTMLElement): void {
  if (root.querySelector('[data-search-panel]')) return;
  const base = root.dataset.base ?? '/';
  // This page's edition: the help page and the search page exist in both.
  const edition = `${base}${currentLanguage() === 'es' ? 'es/' : ''}`;
  const t = ui.search;

  const help = element(
    'section',
    { class: 'search-help', hidden: true, 'aria-labelledby': 'search-help-title' },
    element('h2', { id: 'search-help-title' }, t.helpTitle),
    element('p', { 'data-help-intro': true }, t.helpIntro),
    element(
      'p',
      { 'data-help-intro-es': true, lang: 'es', hidden: true },
      t.helpIntroEs,
      element('span', { 'data-help-intro-es-lines': true }, t.helpIntroEsSpanishLines),
    ),
    element('p', { class: 'help-steps', 'data-help-steps': true, hidden: true }),
    element('ul'),
  );
  const otherEdition = element(
    'p',
    { class: 'search-other-edition', 'data-other-edition': true, hidden: true, lang: 'es' },
    element('a', { href: `${base}es/search/`, hreflang: 'es' }, editionNames.es),
  );
  const suggestions = t.suggestions.map((suggestion) =>
    element(
      'li',
      {},
      element('a', { href: `${edition}search/?q=${encodeURIComponent(suggestion)}`, 'data-suggestion': suggestion }, suggestion),
    ),
  );
  const empty = element(
    'div',
    { class: 'search-empty', 'data-search-empty': true, hidden: true },
    element('p', {}, `${t.noResultsHelp} `, element('a', { href: `${edition}help/` }, ui.nav.help), '.'),
    element('p', {}, t.suggestionsIntro),
    element('ul', { class: 'search-suggestions' }, ...suggestions),
  );
  const panel = element(
    'div',
    { class: 'search-panel', 'data-search-panel': true, hidden: true },
    help,
    otherEdition,
    element('ol', { class: 'search-results', hidden: true }),
    empty,
  );
  root.querySelector('.search-dropdown')!.append(panel);
}
