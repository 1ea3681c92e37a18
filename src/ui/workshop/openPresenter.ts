/**
 * Opens the presenter view of a project in a new window. `noopener`: the presenter gets
 * nothing through `window.opener`; it talks to this window only over BroadcastChannel.
 */
export function openPresenter(projectId: string): void {
  const url = `${window.location.pathname}?presenter=${encodeURIComponent(projectId)}`;
  window.open(url, '_blank', 'noopener,popup,width=1280,height=800');
}

/** The project id of a presenter URL (`?presenter=<id>`), if this window is one. */
export function presenterProjectId(search: string): string | null {
  const id = new URLSearchParams(search).get('presenter');
  return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}
