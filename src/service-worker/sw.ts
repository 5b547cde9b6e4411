// Alongside's service worker (no library: the whole worker is this file, easy to read and audit).
// integrations/service-worker.ts compiles it into dist/sw.js at the end of each build, filling in the
// build constants below. It caches ONE build under a versioned cache and serves only from that cache,
// so a page never mixes two versions. A new build's worker installs completely in the background, then
// waits until the page asks it to take over. Cache names carry the base path (src/lib/offline/names.ts),
// and the worker deletes only its own base path's old caches: two Alongside sites under different
// sub-paths of one host share the Cache API and must not delete each other's copy.
// What it caches comes in two parts (src/lib/offline/precache-plan.ts): the essentials on install, and
// the rest of the course once the person chooses it. The choice is kept in a cache of its own (not in
// localStorage), so every later build caches the whole course too, and "forget everything", which
// deletes this base path's caches, removes the choice with the copy.
// Type-checked on its own (tsconfig.json here) because a worker's globals are not a page's; the small
// src/lib/offline files it imports are bundled in by esbuild.

import { cacheName, choiceCacheName, UNREACHABLE_MARK } from '../lib/offline/names';
import { ownCaches } from '../lib/offline/offline-copy';
import { isOfflineRequest, wholeCourseKey, type OfflineState, type PrecacheSizes } from '../lib/offline/whole-course';
import { languageOfPath, type Language } from '../lib/i18n/language';
import { OFFLINE_INDEX } from '../lib/offline/precache-plan';

/** This build's id (the same one the pages carry in <meta name="alongside-build">). */
declare const __VERSION__: string;
/** The base path the site was built for, with a trailing slash: "/" or e.g. "/training/". */
declare const __BASE__: string;
/** This build's URLs: pages as their folder URLs, assets and the Pagefind index: each edition's essentials, and the rest. */
declare const __PRECACHE__: { essential: Record<Language, string[]>; course: string[] };
declare const __SIZES__: PrecacheSizes;
declare const self: ServiceWorkerGlobalScope;

const VERSION = __VERSION__;
const BASE = __BASE__;
const { essential: ESSENTIAL, course: COURSE } = __PRECACHE__;
/** The whole course: both editions' essentials and the rest, each URL once. */
const ALL = [...new Set([...ESSENTIAL.en, ...ESSENTIAL.es, ...COURSE])];
const CACHE = cacheName(BASE, VERSION);
const CHOICE = choiceCacheName(BASE);
const CHOICE_KEY = wholeCourseKey(BASE);
/** The whole site's search index (kept with the whole course), and the essential pages' one (kept on the first visit). */
const SEARCH_INDEX = `${BASE}pagefind/`;
/**
 * How long the search index's entry file (0.4 KB) may take before search reads the index kept on this
 * device instead (searchEntry, below). A connection that cannot bring it in 4 s could not bring the
 * whole index's files either; a slow one that works stays on the whole index. Under the 6 s that a
 * search finding nothing waits to learn which index it read (site-search.client.ts), so it learns.
 */
const SEARCH_ENTRY_WAIT_MS = 4000;
const OFFLINE_SEARCH_INDEX = `${BASE}${OFFLINE_INDEX}`;

/** Whether the person chose the whole course (on this build or an earlier one). */
async function wholeCourseChosen(): Promise<boolean> {
  return (await caches.match(CHOICE_KEY, { cacheName: CHOICE })) !== undefined;
}

/** The edition a page of this site is in (English, or Spanish under /es/). */
const editionOf = (url: string): Language => languageOfPath(new URL(url).pathname, BASE);

/**
 * The essentials for the editions open in this site's windows (the page that registered the worker is
 * one of them): a Spanish reader's first visit caches the Spanish help, guide, search and crisis module.
 */
async function firstVisitFiles(): Promise<string[]> {
  const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  const open = new Set<Language>(windows.map((client) => editionOf(client.url)));
  if (open.size === 0) open.add('en');
  return [...new Set([...open].flatMap((language) => ESSENTIAL[language]))];
}

self.addEventListener('install', (event) => {
  // addAll is all-or-nothing: a failed download leaves no half-filled cache behind.
  event.waitUntil(wholeCourseChosen().then(async (whole) => (await caches.open(CACHE)).addAll(whole ? ALL : await firstVisitFiles())));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    ownCaches(caches, BASE)
      .then((names) => Promise.all(names.filter((name) => name !== CACHE && name !== CHOICE).map((name) => caches.delete(name))))
      .then(() => self.clients.claim()),
  );
});

/** Caches the rest of the course, then remembers the choice (only once it is all there, so the footer tells the truth). */
async function saveWholeCourse(): Promise<void> {
  const cache = await caches.open(CACHE);
  const cached = new Set((await cache.keys()).map((request) => new URL(request.url).pathname));
  await cache.addAll(ALL.filter((url) => !cached.has(url)));
  await (await caches.open(CHOICE)).put(CHOICE_KEY, new Response('chosen'));
}

/** Whether this build's cache holds the whole course (every file of both parts). */
async function holdsWholeCourse(): Promise<boolean> {
  if (!(await caches.has(CACHE))) return false; // gone ("forget everything"): caches.open would make it again
  return (await (await caches.open(CACHE)).keys()).length >= ALL.length;
}

/** The state, for a page of the given edition (what choosing the whole course adds to that edition's essentials). */
async function offlineState(edition: Language): Promise<OfflineState> {
  return { wholeCourse: (await wholeCourseChosen()) && (await holdsWholeCourse()), courseBytes: __SIZES__.courseBytes[edition] };
}

/**
 * The state, first completing the copy if the course was chosen but this build lacks it: chosen while
 * this build waited to take over, the older build cached it. Not done on activate, where it would hold
 * back every request of the page until the download ends.
 */
async function completedState(edition: Language): Promise<OfflineState> {
  if ((await wholeCourseChosen()) && !(await holdsWholeCourse())) await saveWholeCourse().catch(() => undefined);
  return offlineState(edition);
}

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') void self.skipWaiting(); // the page reloads when the new worker takes over
  if (event.data === 'version') event.source?.postMessage({ version: VERSION });
  const [port] = event.ports;
  if (!isOfflineRequest(event.data) || !port) return;
  const edition = event.source && 'url' in event.source ? editionOf(event.source.url) : 'en';
  const answer =
    event.data.type === 'whole-course'
      ? saveWholeCourse().then(
          () => offlineState(edition),
          async () => ({ ...(await offlineState(edition)), failed: true }),
        )
      : completedState(edition);
  event.waitUntil(answer.then((state) => port.postMessage(state)));
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(respond(request, url));
});

async function respond(request: Request, url: URL): Promise<Response> {
  // caches.match with a cacheName, never caches.open: after "forget everything" deletes the cache, a
  // page this worker still controls must not create it again.
  // Pagefind adds ?ts= to its entry file; pages may carry ?q= or filters. The file is the same.
  const options = { cacheName: CACHE, ignoreSearch: true };
  const cached = (await caches.match(request, options)) ?? (await caches.match(withSlash(url), options));
  if (cached) return cached;
  if (url.pathname.startsWith(SEARCH_INDEX)) {
    // The engine itself is cached, so this is index data.
    if (url.pathname === `${SEARCH_INDEX}pagefind-entry.json`) return searchEntry(request, url);
    // Pagefind names index files by their content: one the kept index has is the same file, so it never
    // waits on the network, and the kept index's own files (which the whole site's does not have) are
    // found with or without a connection.
    const kept = await offlineSearchData(url);
    if (kept) return kept;
  }
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === 'navigate') return notKeptPage(editionOf(request.url));
    throw error;
  }
}

/**
 * The search index's entry file, which says which index the page searches. From the network when it
 * answers (never an earlier copy from the HTTP cache), else the kept index's: when the site cannot be
 * reached, and also when it does not answer in time, as on a connection that drops everything without
 * failing, where the page would otherwise wait for as long as the browser lets a request hang. Without a
 * kept index there is nothing else to give, so the network is awaited as long as it takes. Search keeps
 * the index it loaded until the connection changes or the page is opened again.
 */
async function searchEntry(request: Request, url: URL): Promise<Response> {
  const network = fetch(request, { cache: 'no-cache' });
  const kept = await offlineSearchData(url);
  if (!kept) return network;
  const late = new Promise<'late'>((resolve) => setTimeout(() => resolve('late'), SEARCH_ENTRY_WAIT_MS));
  const first = await Promise.race([network.catch(() => 'failed' as const), late]);
  return typeof first === 'string' || !first.ok ? kept : first;
}

/**
 * The not-found page in the address's edition (the English one where the Spanish one is not kept), for an
 * address this device does not keep when the site cannot be reached: marked so (UNREACHABLE_MARK).
 */
async function notKeptPage(edition: Language): Promise<Response> {
  const options = { cacheName: CACHE };
  const spanish = edition === 'es' ? await caches.match(`${BASE}es/404/`, options) : undefined;
  const kept = spanish ?? (await caches.match(`${BASE}404.html`, options));
  if (!kept) return Response.error();
  const html = (await kept.text()).replace('<html', `<html ${UNREACHABLE_MARK}`);
  // The body is a changed, uncompressed copy: headers that describe the stored bytes no longer hold.
  const headers = new Headers(kept.headers);
  for (const name of ['content-length', 'content-encoding', 'etag']) headers.delete(name);
  return new Response(html, { status: kept.status, statusText: kept.statusText, headers });
}

/**
 * Without a (working) connection, and without the whole course, search reads the index of the essential
 * pages that the first visit kept, in place of the whole site's: the same engine asks for the same file
 * names under pagefind/, and this answers from the kept index's folder. Its entry file names its own
 * chunks, so the two indexes never mix within one search.
 */
function offlineSearchData(url: URL): Promise<Response | undefined> {
  return caches.match(`${OFFLINE_SEARCH_INDEX}${url.pathname.slice(SEARCH_INDEX.length)}`, { cacheName: CACHE });
}

function withSlash(url: URL): string {
  return url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
}

export {}; // a module, so `self` above can be declared as the service worker's global scope
