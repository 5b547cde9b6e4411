/**
 * The footer's offline state. Normally it registers the service worker and says "available offline"
 * once this build's essentials are cached (offline-course.client.ts then offers the whole course), and
 * "new version ready — reload" when a newer build has been cached in the background (the page switches
 * versions only when the person chooses to, so nothing mixes).
 * On a shared computer ("session only") no offline copy is kept, and any left from before is removed.
 * In a tab where everything was forgotten, nothing is installed again: the footer offers a button. Where
 * the browser asks sites to save data, nothing is downloaded for offline use until the person asks
 * (unless they kept a copy before). src/lib/offline/pause.ts decides which.
 */
import { removeOfflineCopy } from '../../lib/offline/offline-copy';
import { browserStorage } from '../../lib/progress/browser-storage';
import { isOfflinePaused, offlineChoice, resumeOffline, sharedComputerMode, wantsSaveData } from '../../lib/offline/pause';
import { ui } from '../../lib/i18n';
import { element } from './element.client';
import { showOfflineState } from './offline-course.client';
import { SEARCH_LOADED, searchIsLoading } from './site-search-loader.client';

export function attach(root: HTMLElement): void {
  if (!('serviceWorker' in navigator) || !import.meta.env.PROD) return;
  drawOfflineParts(root);
  const base = root.dataset.base ?? '/';
  const session = browserStorage('sessionStorage');
  const sessionOnly = sharedComputerMode(browserStorage('localStorage'));
  const paused = isOfflinePaused(session, base, location.search);
  const choice = offlineChoice({ sessionOnly, paused, saveData: wantsSaveData(navigator) });
  if (choice === 'remove') {
    void removeOfflineCopy({ base, caches: 'caches' in window ? caches : undefined, serviceWorker: navigator.serviceWorker });
  } else if (choice === 'offer') {
    offerToKeep(root, 'paused', () => {
      resumeOffline(session, base);
      register(root, base, true);
    });
  } else if (choice === 'ask') {
    // A copy kept before stays up to date; otherwise nothing is downloaded until the person asks.
    void navigator.serviceWorker.getRegistration(base).then((registration) => {
      if (registration && new URL(registration.scope).pathname === base) register(root, base, false);
      else offerToKeep(root, 'save-data', () => register(root, base, true));
    });
  } else {
    // After the page has loaded and no search is loading, so the offline copy's downloads never compete
    // with what the person came for (search first of all, whose engine the copy also holds).
    whenLoaded(() => whenSearchIsNotLoading(() => register(root, base, false)));
  }
}

/**
 * What the footer can say about the offline copy, each part hidden until it applies. Drawn here rather
 * than in every page's HTML (about 0.4 KB compressed): none of it shows without this script. Drawn
 * as soon as the script runs, long before any of it shows, so the update notice's status region is in
 * the page before it speaks.
 */
function drawOfflineParts(root: HTMLElement): void {
  const t = ui.offline;
  const note = (name: string, text: string) => element('p', { [name]: true, hidden: true, tabindex: '-1' }, text);
  const button = (...label: (Node | string)[]) => element('button', { type: 'button', class: 'button secondary' }, ...label);
  root.replaceChildren(
    note('data-offline-ready', t.ready),
    element(
      'p',
      { 'data-offline-course': true, hidden: true },
      button(t.wholeCourse, ' ', element('span', { 'data-offline-course-size': true })),
    ),
    note('data-offline-course-saving', t.savingCourse),
    note('data-offline-course-failed', t.courseFailed),
    element(
      'div',
      { 'data-offline-paused': true, hidden: true },
      element('p', { 'data-offline-paused-why': true }, t.paused),
      element('p', { 'data-offline-save-data': true, hidden: true }, t.saveData),
      element('p', {}, button(t.keep)),
    ),
    note('data-offline-saving', t.saving),
    note('data-offline-refused', t.refused),
    element('p', { 'data-offline-update': true, hidden: true, role: 'status' }, t.update, ' ', button(t.reload)),
  );
}

function whenLoaded(work: () => void): void {
  if (document.readyState === 'complete') work();
  else window.addEventListener('load', work, { once: true });
}

/** How long after load the copy waits for a first search to begin: most people who search start at once. */
const FIRST_SEARCH_GRACE_MS = 1500;
/** The longest the copy waits for a search's index, in case it never arrives. */
const SEARCH_LOAD_LIMIT_MS = 10_000;

/** Runs `work` once, when no search is loading: after a short grace period, or after the index arrives. */
function whenSearchIsNotLoading(work: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    work();
  };
  const waitForIndex = () => {
    document.addEventListener(SEARCH_LOADED, once, { once: true });
    setTimeout(once, SEARCH_LOAD_LIMIT_MS);
  };
  if (searchIsLoading()) return waitForIndex();
  setTimeout(() => (searchIsLoading() ? waitForIndex() : once()), FIRST_SEARCH_GRACE_MS);
}

/** Shows "Keep an offline copy on this device", and why it was not kept; choosing it installs one. */
function offerToKeep(root: HTMLElement, why: 'paused' | 'save-data', keep: () => void): void {
  const paused = root.querySelector<HTMLElement>('[data-offline-paused]')!;
  paused.querySelector<HTMLElement>('[data-offline-paused-why]')!.hidden = why !== 'paused';
  paused.querySelector<HTMLElement>('[data-offline-save-data]')!.hidden = why !== 'save-data';
  paused.hidden = false;
  paused.querySelector('button')!.onclick = () => {
    paused.hidden = true;
    keep();
  };
}

/**
 * Registers the worker. `chosen`: the person just asked for it, so the footer says it is saving and
 * then moves focus to the result (the button they pressed is gone).
 */
function register(root: HTMLElement, base: string, chosen: boolean): void {
  const saving = root.querySelector<HTMLElement>('[data-offline-saving]')!;
  const refused = root.querySelector<HTMLElement>('[data-offline-refused]')!;
  const update = root.querySelector<HTMLElement>('[data-offline-update]')!;
  const button = update.querySelector('button')!;
  let reloading = false;
  const show = (element: HTMLElement) => {
    saving.hidden = true;
    element.hidden = false;
    if (chosen) element.focus();
  };
  if (chosen) show(saving);

  const offerUpdate = (worker: ServiceWorker) => {
    update.hidden = false;
    button.onclick = () => {
      reloading = true;
      worker.postMessage('skip-waiting');
    };
  };

  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (reloading) location.reload();
  });

  navigator.serviceWorker
    .register(`${base}sw.js`, { scope: base })
    .then((registration) => {
      if (registration.waiting && navigator.serviceWorker.controller) offerUpdate(registration.waiting);
      registration.addEventListener('updatefound', () => {
        const installing = registration.installing;
        installing?.addEventListener('statechange', () => {
          if (installing.state === 'installed' && navigator.serviceWorker.controller) offerUpdate(installing);
        });
      });
      return navigator.serviceWorker.ready;
    })
    .then((registration) => {
      saving.hidden = true;
      return showOfflineState(root, registration, chosen);
    })
    .catch(() => {
      // No service worker (private mode in some browsers, or blocked): the site still works online.
      // Said only to someone who asked for a copy; otherwise the footer stays quiet.
      if (chosen) show(refused);
    });
}
