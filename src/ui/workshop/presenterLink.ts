/**
 * The facilitator's end of the presenter link (issue 22 item 10): presenter windows ask this
 * window for frames by `postMessage` (it opened them, so it is their `window.opener`), and
 * get them back the same way, never over a channel every same-origin page hears. Zod-free,
 * so the first page can answer presenters without loading the schemas.
 */
import { helloMessage, isRequestMessage, presenterChannelName } from '../../domain/workshop/presenterChannel';
import type { PresenterMessage } from '../../domain/workshop/presenterFrame';

export interface PresenterLink {
  /** Sends `message` to every presenter that asked this window (closed ones are forgotten). */
  sendAll(message: PresenterMessage): void;
  close(): void;
}

/** A window (not a MessagePort or a service worker): presenters are windows. */
function isWindow(source: MessageEventSource | null): source is Window {
  if (source === null || typeof source.postMessage !== 'function') return false;
  if (typeof MessagePort !== 'undefined' && source instanceof MessagePort) return false;
  return typeof ServiceWorker === 'undefined' || !(source instanceof ServiceWorker);
}

function post(target: Window, message: PresenterMessage): void {
  try {
    target.postMessage(message, window.location.origin);
  } catch {
    // A window that went away meanwhile: nothing to tell it.
  }
}

/**
 * Serves the presenter windows of `projectId`: `onRequest(reply)` runs for each request from a
 * window of this origin, with `reply` sending to that window alone. Says `hello` once over
 * the project's BroadcastChannel so presenters opened before a reload ask again.
 */
export function servePresenters(
  projectId: string,
  onRequest: (reply: (message: PresenterMessage) => void) => void,
): PresenterLink {
  const presenters = new Set<Window>();
  const onMessage = (event: MessageEvent<unknown>) => {
    if (event.origin !== window.location.origin || !isWindow(event.source) || event.source === window) return;
    if (!isRequestMessage(event.data, projectId)) return;
    const source = event.source;
    presenters.add(source);
    onRequest((message) => post(source, message));
  };
  window.addEventListener('message', onMessage);
  if (typeof BroadcastChannel !== 'undefined') {
    const channel = new BroadcastChannel(presenterChannelName(projectId));
    channel.postMessage(helloMessage());
    channel.close();
  }
  return {
    sendAll(message) {
      for (const presenter of presenters) {
        if (presenter.closed === true) presenters.delete(presenter);
        else post(presenter, message);
      }
    },
    close() {
      window.removeEventListener('message', onMessage);
      presenters.clear();
    },
  };
}
