// Alongside's service worker, generated at build by scripts/generate-sw.mjs (no library: the whole
// worker is this file, easy to read and audit). It precaches every file of ONE build under a
// versioned cache and serves only from that cache, so a page never mixes two versions. A new build's
// worker installs completely in the background, then waits until the page asks it to take over.
const VERSION = '__VERSION__';
const BASE = '__BASE__';
const PRECACHE = __PRECACHE__;
const CACHE = `alongside-${VERSION}`;

self.addEventListener('install', (event) => {
  // addAll is all-or-nothing: a failed download leaves no half-filled cache behind.
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(PRECACHE)));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith('alongside-') && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'skip-waiting') self.skipWaiting();
  if (event.data === 'version') event.source?.postMessage({ version: VERSION });
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE)) return;
  event.respondWith(respond(request, url));
});

async function respond(request, url) {
  const cache = await caches.open(CACHE);
  // Pagefind adds ?ts= to its entry file; pages may carry ?q= or filters. The file is the same.
  const cached = (await cache.match(request, { ignoreSearch: true })) ?? (await cache.match(withSlash(url), { ignoreSearch: true }));
  if (cached) return cached;
  try {
    return await fetch(request);
  } catch (error) {
    if (request.mode === 'navigate') return (await cache.match(`${BASE}404.html`)) ?? Response.error();
    throw error;
  }
}

function withSlash(url) {
  return url.pathname.endsWith('/') || /\.[a-z0-9]+$/i.test(url.pathname) ? url.pathname : `${url.pathname}/`;
}
