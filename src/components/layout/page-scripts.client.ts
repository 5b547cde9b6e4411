/**
 * The one script a page starts with (issue #18). Astro gives each component's <script> a file of its
 * own, and a module page started seven, and the modules they imported, before its first paint; on a
 * phone's connection every request then is another wait (Lighthouse, module page: about 150 ms). So the
 * layout's parts and a module page's share this one. Search listens at once, so the first focus or key
 * is never missed, and the few lines that change what the page first shows run at once; the code of the
 * parts that can wait loads after the page's first paint, where the page has them. (The home page's
 * module list, a resource's Save button and My resources keep scripts of their own: folded in here,
 * their shared code made the bundler move its helpers into React's chunk, 3 KB more on every page.)
 */
import { afterFirstPaint } from './after-first-paint.client';
import { loadSiteSearchOnUse } from './site-search-loader.client';
import { UNREACHABLE_MARK } from '../../lib/offline/names';
import { refetchPageStrings } from '../../lib/i18n/page-strings';

const all = <T extends HTMLElement>(selector: string) => [...document.querySelectorAll<T>(selector)];
const one = <T extends HTMLElement>(selector: string) => document.querySelector<T>(selector) ?? undefined;

// The header's search box (SiteSearch.astro).
all('[data-site-search]').forEach(loadSiteSearchOnUse);

// Offline, the service worker answers any page it does not hold with the 404 page, marked so: say so,
// not "mistyped". The mark, because the browser can report a connection that does not work.
const onlineIntro = one('[data-online-intro]');
const offlineIntro = one('[data-offline-intro]');
if (onlineIntro && offlineIntro && (!navigator.onLine || document.documentElement.hasAttribute(UNREACHABLE_MARK))) {
  onlineIntro.hidden = true;
  offlineIntro.hidden = false;
}

// Print buttons: a whole page (materials, a facilitator guide), or only the crisis decision aid, for
// which a class on <html> tells the print styles to hide everything else (DecisionAid.astro).
all('[data-print]').forEach((button) => button.addEventListener('click', () => window.print()));
all('[data-print-decision-aid]').forEach((button) =>
  button.addEventListener('click', () => {
    document.documentElement.classList.add('print-decision-aid');
    window.print();
    document.documentElement.classList.remove('print-decision-aid');
  }),
);

/**
 * The parts whose code waits for the first paint, by the name on their element's `data-after-paint`
 * (the name of their *.client.ts file, which the byte budgets follow: scripts/lib/page-assets.mjs).
 * Until then each is drawn as it works without JavaScript, or marked pending.
 */
const AFTER_PAINT: Record<string, () => Promise<{ attach: (root: HTMLElement) => void }>> = {
  // The footer's offline copy (SiteFooter.astro), which waits for the page anyway.
  offline: () => import('./offline.client'),
  // A module page's parts: course list, facilitator switch, "On this page", the visit (pages/modules/[id].astro).
  'module-page': () => import('../module/module-page.client'),
  // The resource guide's filters (ResourceFilters.astro).
  'resource-filters': () => import('../resources/resource-filters.client'),
};

// A part reads the page's interface strings as it loads: if their file failed with the page (a
// connection that dropped), it is asked for once more first (src/lib/i18n/page-strings.ts); if that
// fails too, the part stays as it is drawn without JavaScript.
const attachPart = (root: HTMLElement) => {
  const load = AFTER_PAINT[root.dataset.afterPaint ?? ''];
  if (load)
    void Promise.resolve(refetchPageStrings()).then(
      () => load().then(({ attach }) => attach(root)),
      () => undefined, // no strings: the part stays as drawn
    );
};
// A part whose first view the address decides (the resource guide opened with its filters chosen,
// e.g. ?category=crisis) loads at once, so the page does not show one view and then another.
const followsAddress = (root: HTMLElement) => root.hasAttribute('data-follows-address') && location.search !== '';
all('[data-after-paint]').filter(followsAddress).forEach(attachPart);
afterFirstPaint(() =>
  all('[data-after-paint]')
    .filter((root) => !followsAddress(root))
    .forEach(attachPart),
);
