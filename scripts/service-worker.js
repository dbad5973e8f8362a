// The offline app: every file of the build (FILES, [name, bytes] written in
// by scripts/offline.mjs) cached on the first visit and served from that
// cache from then on, network or not. All of one build comes from one cache,
// so a page never mixes two versions (their integrity hashes would not match).
// A new build installs beside the old one and waits; the page offers to
// switch (sw-register.js), and only then does it take over.
const CACHE = `talent-check-${VERSION}`;
const TOTAL = FILES.reduce((sum, [, bytes]) => sum + bytes, 0);
// Files fetched at once: enough to keep a slow link busy, few enough that
// the page's own requests still find room.
const AT_ONCE = 3;

// How far the caching is, to every page of the app, controlled or not yet
// (sw-register.js draws it): { offline: [bytes stored, bytes in all], version }.
async function tell(stored) {
  const pages = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
  for (const page of pages) page.postMessage({ offline: [stored, TOTAL], version: VERSION });
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const queue = [...FILES];
    let stored = 0;
    await tell(stored);
    // A file already in this build's cache came from an install cut short
    // (the tablet closed): kept, so the next one resumes rather than restarts.
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const [name, bytes] = next;
        const url = new URL(name, self.registration.scope).href;
        if (!(await cache.match(url))) {
          // `reload`: past the HTTP cache, so the files are this build's.
          const response = await fetch(new Request(url, { cache: 'reload' }));
          if (!response.ok) throw new Error(`${name}: HTTP ${response.status}`);
          await cache.put(url, response);
        }
        stored += bytes;
        await tell(stored);
      }
    };
    await Promise.all(Array.from({ length: AT_ONCE }, worker));
    // This build's policy, beside its files: the notice of the next build
    // names the policy only when that changed (sw-register.js).
    const version = new URL('version.json', self.registration.scope).href;
    const response = await fetch(new Request(version, { cache: 'reload' }));
    if (response.ok) await cache.put(version, response);
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('talent-check-') && k !== CACHE).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate') self.skipWaiting();
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  // Which build is the newest: asked of the network, so that a waiting one can name itself.
  if (url.pathname.endsWith('/version.json')) {
    event.respondWith(fetch(request).catch(() => caches.match(request, { ignoreSearch: true })));
    return;
  }
  // A page's address may end in its folder; its query (kiosk, embed) and fragment never change the file.
  const file = url.pathname.endsWith('/') ? new URL('index.html', url) : url;
  event.respondWith(caches.open(CACHE)
    .then((cache) => cache.match(file.href, { ignoreSearch: true }))
    .then((hit) => hit ?? fetch(request)));
});
