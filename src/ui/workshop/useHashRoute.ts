import { useSyncExternalStore } from 'react';

/** The hash of the workshop view: a route, so a reload in the middle of a workshop lands back in it. */
export const WORKSHOP_HASH = '#workshop';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** The current `location.hash`, re-rendering on change. */
export function useHashRoute(): string {
  return useSyncExternalStore(subscribe, () => window.location.hash);
}

/** Back to the model view: drops the hash without adding a history entry. */
export function leaveWorkshopView(): void {
  if (window.location.hash !== WORKSHOP_HASH) return;
  window.history.replaceState(null, '', window.location.pathname + window.location.search);
  window.dispatchEvent(new HashChangeEvent('hashchange'));
}
