/**
 * Opens the presenter view of a project in a new window. Not `noopener`: this window becomes
 * the presenter's `window.opener`, the only window it accepts frames from (issue 22 item 10;
 * presenterLink.ts). The presenter is this app on this origin, so the link gives it nothing
 * it could not reach anyway.
 */
export function openPresenter(projectId: string): void {
  const url = `${window.location.pathname}?presenter=${encodeURIComponent(projectId)}`;
  window.open(url, '_blank', 'popup,width=1280,height=800');
}

/** The project id of a presenter URL (`?presenter=<id>`), if this window is one. */
export function presenterProjectId(search: string): string | null {
  const id = new URLSearchParams(search).get('presenter');
  return id && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}
