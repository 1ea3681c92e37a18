/**
 * Registers the offline service worker (sw.js, written by the build: scripts/precachePlugin.ts) in
 * built apps only; the dev server has none, so hot reload is never served from a cache. When
 * a new build's worker takes over a page that an older one controlled, `onUpdated` runs so the
 * user can be told to reload (the page keeps running the build it loaded until then).
 */
export function registerServiceWorker(onUpdated: () => void): void {
  if (!import.meta.env.PROD || !('serviceWorker' in navigator)) return;
  const container = navigator.serviceWorker;
  const hadController = container.controller !== null;
  container.addEventListener('controllerchange', () => {
    if (hadController) onUpdated();
  });
  container.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch(() => {
    // Refused (a private window, blocked by policy or by the test harness): the app works online as before.
  });
}
