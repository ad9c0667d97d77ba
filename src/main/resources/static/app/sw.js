// The offline app's service worker (scope /app): keeps the shell and its assets in a versioned cache, dropped when a
// new version activates. The shell is fetched from the network first (fresh labels and token), from the cache when
// offline; assets from the cache first. API calls are never cached: data lives in IndexedDB.
const VERSION = 'harambee-app-v1';
const SHELL = ['/app', '/app/app.js', '/app/db.js', '/app/sync.js', '/app/app.css', '/app/icon.svg',
  '/app/manifest.webmanifest'];

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(VERSION).then((c) => c.addAll(SHELL)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('harambee-app-') && k !== VERSION).map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

self.addEventListener('fetch', (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith('/app')) return;
  if (event.request.mode === 'navigate' || url.pathname === '/app') {
    event.respondWith(fetch(event.request)
      .then((response) => {
        if (response.ok && url.pathname === '/app') {
          const copy = response.clone();
          caches.open(VERSION).then((c) => c.put('/app', copy));
        }
        return response;
      })
      .catch(() => caches.match('/app')));
    return;
  }
  event.respondWith(caches.match(event.request, { ignoreSearch: true }).then((hit) => hit || fetch(event.request)));
});
