// The offline app: every file of the build (FILES, written in by
// scripts/offline.mjs) cached on the first visit and served from that cache
// from then on, network or not. All of one build comes from one cache, so a
// page never mixes two versions (their integrity hashes would not match).
// A new build installs beside the old one and waits; the page offers to
// switch (sw-register.js), and only then does it take over.
const CACHE = `talent-check-${VERSION}`;

self.addEventListener('install', (event) => {
  // `reload`: past the HTTP cache, so the files are this build's.
  event.waitUntil(caches.open(CACHE).then((cache) =>
    cache.addAll(FILES.map((f) => new Request(new URL(f, self.registration.scope), { cache: 'reload' })))));
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
