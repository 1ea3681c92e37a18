/**
 * The service worker that makes the built app work offline (issue 15), written as a function
 * so it is type-checked and unit-tested here; the build writes `sw.js` as its source text
 * called with the list of built files (`serviceWorkerSource`, used by scripts/precachePlugin.ts). It
 * must therefore be self-contained: no imports, no outside names.
 *
 * - Install: every file of the build goes into a cache named after the build's content hash
 *   (fetched with `cache: 'reload'`, never from a stale HTTP cache); any failure leaves the
 *   previous worker in charge. A new build takes over at once (skipWaiting, clients.claim).
 * - Pages: network first, so an online visit always gets the newest build's index.html; the
 *   cached one only when the network fails or hangs (offline after the first visit).
 * - Built files: from this build's cache, then the previous build's (a tab opened before an
 *   update can still load its lazy chunks), then the network.
 * - Nothing of another origin, and nothing but GET, is touched; the worker sends nothing anywhere.
 */

export interface ServiceWorkerConfig {
  /** Content hash of the build: the cache's name, and a new sw.js whenever any file changes. */
  version: string;
  /** Build time (ms): orders the caches, so activation keeps this one and the one before. */
  builtAt: number;
  /** The build's files relative to the worker's scope, `index.html` among them. */
  files: string[];
  /** How long a page request waits for the network before the cached page answers. */
  networkTimeoutMs: number;
}

/** The parts of ServiceWorkerGlobalScope used (the app's tsconfig has the DOM lib only). */
export interface WorkerScope {
  registration: { scope: string };
  location: { origin: string };
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  caches: CacheStorage;
  fetch(request: Request | string, init?: RequestInit): Promise<Response>;
  addEventListener(
    type: 'install' | 'activate',
    listener: (event: { waitUntil(p: Promise<unknown>): void }) => void,
  ): void;
  addEventListener(
    type: 'fetch',
    listener: (event: { request: Request; respondWith(r: Promise<Response>): void }) => void,
  ): void;
  setTimeout(handler: () => void, ms: number): unknown;
}

export function serviceWorkerMain(scope: WorkerScope, config: ServiceWorkerConfig): void {
  const PREFIX = 'htw-shell-';
  const cacheName = `${PREFIX}${config.builtAt}-${config.version}`;
  const urls = config.files.map((file) => new URL(file, scope.registration.scope).href);
  const ours = new Set(urls);
  const pageUrl = new URL('index.html', scope.registration.scope).href;
  const builtAtOf = (name: string) => Number(name.slice(PREFIX.length).split('-')[0]) || 0;

  scope.addEventListener('install', (event) => {
    event.waitUntil(
      scope.caches
        .open(cacheName)
        .then((cache) => cache.addAll(urls.map((url) => new Request(url, { cache: 'reload' }))))
        .then(() => scope.skipWaiting()),
    );
  });

  scope.addEventListener('activate', (event) => {
    event.waitUntil(
      scope.caches
        .keys()
        .then((names) => {
          const older = names
            .filter((n) => n.startsWith(PREFIX) && n !== cacheName)
            .sort((a, b) => builtAtOf(b) - builtAtOf(a));
          // Keep the newest older build for tabs still running it; drop the rest.
          return Promise.all(older.slice(1).map((n) => scope.caches.delete(n)));
        })
        .then(() => scope.clients.claim()),
    );
  });

  /** The cached copy of `url`: this build's first, then the previous build's. */
  const cached = async (url: string): Promise<Response | undefined> => {
    const own = await (await scope.caches.open(cacheName)).match(url);
    if (own) return own;
    for (const name of (await scope.caches.keys())
      .filter((n) => n.startsWith(PREFIX) && n !== cacheName)
      .sort((a, b) => builtAtOf(b) - builtAtOf(a))) {
      const hit = await (await scope.caches.open(name)).match(url);
      if (hit) return hit;
    }
    return undefined;
  };

  const page = (request: Request): Promise<Response> =>
    new Promise((resolve, reject) => {
      let settled = false;
      const fallBack = () => {
        if (settled) return;
        settled = true;
        cached(pageUrl).then((hit) => (hit ? resolve(hit) : reject(new Error('offline and no cached page'))), reject);
      };
      scope.setTimeout(fallBack, config.networkTimeoutMs);
      scope.fetch(request).then((response) => {
        if (settled) return;
        settled = true;
        resolve(response);
      }, fallBack);
    });

  scope.addEventListener('fetch', (event) => {
    const { request } = event;
    if (request.method !== 'GET') return;
    const url = new URL(request.url);
    if (url.origin !== scope.location.origin) return;
    if (request.mode === 'navigate') {
      event.respondWith(page(request));
      return;
    }
    const key = `${url.origin}${url.pathname}`;
    if (!ours.has(key)) return;
    event.respondWith(cached(key).then((hit) => hit ?? scope.fetch(request)));
  });
}

/** The text of sw.js: the function above, called on the worker's global scope with `config`. */
export function serviceWorkerSource(config: ServiceWorkerConfig): string {
  return `// Generated by the build (src/app/pwa/serviceWorker.ts); do not edit.\n'use strict';\n(${serviceWorkerMain.toString()})(self, ${JSON.stringify(config)});\n`;
}
