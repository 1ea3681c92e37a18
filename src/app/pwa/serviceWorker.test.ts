/**
 * The generated sw.js, run on a fake service-worker scope (caches in memory, a scripted
 * network): what it caches on install, which caches survive activation, and where each
 * request is answered from.
 */
import { describe, expect, it } from 'vitest';
import { serviceWorkerSource, type ServiceWorkerConfig } from './serviceWorker';

const SCOPE = 'https://app.test/';

class FakeCache {
  entries = new Map<string, Response>();
  async addAll(requests: Request[]) {
    for (const r of requests) this.entries.set(r.url, new Response(`${r.url} ${r.cache}`));
  }
  async match(url: string) {
    return this.entries.get(url)?.clone();
  }
}

class FakeCaches {
  stores = new Map<string, FakeCache>();
  async open(name: string) {
    if (!this.stores.has(name)) this.stores.set(name, new FakeCache());
    return this.stores.get(name)!;
  }
  async keys() {
    return [...this.stores.keys()];
  }
  async delete(name: string) {
    return this.stores.delete(name);
  }
}

type Network = (request: Request | string) => Promise<Response>;

function start(config: Partial<ServiceWorkerConfig> = {}, caches = new FakeCaches()) {
  const listeners: Record<string, (event: unknown) => void> = {};
  const state = {
    skipped: false,
    claimed: false,
    network: (() => Promise.reject(new TypeError('offline'))) as Network,
    fetched: [] as string[],
  };
  const scope = {
    registration: { scope: SCOPE },
    location: { origin: 'https://app.test' },
    caches,
    skipWaiting: async () => void (state.skipped = true),
    clients: { claim: async () => void (state.claimed = true) },
    fetch: (request: Request | string) => {
      state.fetched.push(typeof request === 'string' ? request : request.url);
      return state.network(request);
    },
    addEventListener: (type: string, listener: (event: unknown) => void) => (listeners[type] = listener),
    setTimeout: (handler: () => void, ms: number) => setTimeout(handler, ms),
  };
  const full: ServiceWorkerConfig = {
    version: 'v2',
    builtAt: 2000,
    files: ['index.html', 'assets/app-1.js', 'favicon.svg'],
    networkTimeoutMs: 50,
    ...config,
  };
  new Function('self', serviceWorkerSource(full))(scope);
  const lifecycle = async (type: 'install' | 'activate') => {
    let done: Promise<unknown> = Promise.resolve();
    listeners[type]!({ waitUntil: (p: Promise<unknown>) => (done = p) });
    await done;
  };
  /** The response the worker gives, or undefined when it leaves the request to the browser. */
  const request = async (url: string, init: { mode?: 'navigate'; method?: string } = {}) => {
    let answer: Promise<Response> | undefined;
    const req = { url, method: init.method ?? 'GET', mode: init.mode ?? 'cors' } as unknown as Request;
    listeners.fetch!({ request: req, respondWith: (r: Promise<Response>) => (answer = r) });
    return answer ? await (await answer).text() : undefined;
  };
  return { state, caches, lifecycle, request };
}

describe('the generated service worker', () => {
  it('caches every built file fresh from the network on install, under the build hash, and takes over at once', async () => {
    const sw = start();
    await sw.lifecycle('install');
    const cache = sw.caches.stores.get('htw-shell-2000-v2')!;
    expect([...cache.entries.keys()]).toEqual([`${SCOPE}index.html`, `${SCOPE}assets/app-1.js`, `${SCOPE}favicon.svg`]);
    expect(await (await cache.match(`${SCOPE}index.html`))!.text()).toBe(`${SCOPE}index.html reload`);
    expect(sw.state.skipped).toBe(true);
  });

  it('keeps this build and the newest older one on activation, deletes older builds and other caches alone, and claims the pages', async () => {
    const caches = new FakeCaches();
    for (const name of ['htw-shell-500-v0', 'htw-shell-1000-v1', 'htw-shell-2000-v2', 'someone-else'])
      await caches.open(name);
    const sw = start({}, caches);
    await sw.lifecycle('activate');
    expect((await caches.keys()).sort()).toEqual(['htw-shell-1000-v1', 'htw-shell-2000-v2', 'someone-else']);
    expect(sw.state.claimed).toBe(true);
  });

  it('answers pages from the network when it answers, so a new build is seen at once', async () => {
    const sw = start();
    await sw.lifecycle('install');
    sw.state.network = async () => new Response('fresh page');
    expect(await sw.request(`${SCOPE}?presenter=p1`, { mode: 'navigate' })).toBe('fresh page');
  });

  it('answers pages from the cached index.html when the network fails or hangs', async () => {
    const sw = start();
    await sw.lifecycle('install');
    expect(await sw.request(`${SCOPE}`, { mode: 'navigate' })).toBe(`${SCOPE}index.html reload`);
    sw.state.network = () => new Promise(() => {});
    expect(await sw.request(`${SCOPE}?x=1`, { mode: 'navigate' })).toBe(`${SCOPE}index.html reload`);
  });

  it('answers built files from its cache without the network, then from the previous build, then the network', async () => {
    const caches = new FakeCaches();
    const old = await caches.open('htw-shell-1000-v1');
    old.entries.set(`${SCOPE}assets/app-1.js`, new Response('old copy'));
    old.entries.set(`${SCOPE}assets/lazy-0.js`, new Response('old lazy chunk'));
    const sw = start({ files: ['index.html', 'assets/app-1.js', 'assets/lazy-0.js'] }, caches);
    await sw.lifecycle('install');
    sw.caches.stores.get('htw-shell-2000-v2')!.entries.delete(`${SCOPE}assets/lazy-0.js`);
    expect(await sw.request(`${SCOPE}assets/app-1.js`)).toBe(`${SCOPE}assets/app-1.js reload`);
    expect(await sw.request(`${SCOPE}assets/lazy-0.js?v=1`)).toBe('old lazy chunk');
    expect(sw.state.fetched).toEqual([]);
    caches.stores.clear();
    sw.state.network = async () => new Response('from network');
    expect(await sw.request(`${SCOPE}assets/app-1.js`)).toBe('from network');
  });

  it('leaves other origins, files not in the build and anything but GET to the browser', async () => {
    const sw = start();
    await sw.lifecycle('install');
    expect(await sw.request('https://elsewhere.test/assets/app-1.js')).toBeUndefined();
    expect(await sw.request(`${SCOPE}schemas/workbench-document.schema.json`)).toBeUndefined();
    expect(await sw.request(`${SCOPE}assets/app-1.js`, { method: 'POST' })).toBeUndefined();
    expect(sw.state.fetched).toEqual([]);
  });
});
