/**
 * Test helper for the presenter feed's components: a store on the KVM sample rendered with the
 * component under test, and a stand-in presenter window (an iframe's window) that asks the
 * facilitator's window for frames by `postMessage`, as PresenterApp does, including again
 * on each `hello`, and collects what it is sent.
 */
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import { render, waitFor } from '@testing-library/react';
import { WorkbenchContext } from '../store/hooks';
import { createWorkbenchStore } from '../store/createWorkbenchStore';
import { loadBundledCatalog } from '../domain/catalog/catalogSource';
import { instantiateTemplate } from '../domain/catalog/templates';
import { parsePresenterMessage, type PresenterMessage } from '../domain/workshop/presenterFrame';
import { isHelloMessage, presenterChannelName, requestMessage } from '../domain/workshop/presenterChannel';

/** A window of its own (an iframe's), usable as `event.source` and as `window.opener`. */
export function otherWindow(): { win: Window; sent: unknown[]; remove: () => void } {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const win = frame.contentWindow!;
  const sent: unknown[] = [];
  win.postMessage = ((data: unknown) => void sent.push(data)) as Window['postMessage'];
  return { win, sent, remove: () => frame.remove() };
}

/** Delivers `data` to this window as a message from `source` (jsdom's postMessage sets neither origin nor source). */
export function deliver(data: unknown, source: Window | null, origin = window.location.origin): void {
  window.dispatchEvent(new MessageEvent('message', { data, origin, source }));
}

/** `strict`: every message sent to the presenter must pass the presenter's own validation. */
export function renderWithPresenter(ui: ReactNode, { strict = false } = {}) {
  let n = 0;
  const store = createWorkbenchStore(
    { catalog: loadBundledCatalog(), clock: () => new Date().toISOString(), ids: () => `id${++n}` },
    instantiateTemplate('kvm-libvirt', { id: 'proj1', now: '2026-01-01T08:00:00.000Z' }),
  );
  const window_ = otherWindow();
  const received: PresenterMessage[] = [];
  window_.win.postMessage = ((data: unknown, targetOrigin: string) => {
    expect(targetOrigin).toBe(window.location.origin);
    const message = parsePresenterMessage(data);
    if (strict) expect(message).toBeDefined();
    if (message) received.push(message);
  }) as Window['postMessage'];
  let hellos = 0;
  const request = (data: unknown = requestMessage('proj1')) => deliver(data, window_.win);
  const channel = new BroadcastChannel(presenterChannelName('proj1'));
  channel.onmessage = (e: MessageEvent<unknown>) => {
    if (!isHelloMessage(e.data)) return;
    hellos++;
    request();
  };
  render(<WorkbenchContext.Provider value={store}>{ui}</WorkbenchContext.Provider>);
  const presenter = {
    win: window_.win,
    /** Sends a request (or any `data`) from the presenter window. */
    request,
    hellos: () => hellos,
    /** Resolves once the component under test has said hello and been asked (the only asynchronous step: BroadcastChannel). */
    async connected() {
      await waitFor(() => expect(hellos).toBeGreaterThan(0));
    },
    close() {
      channel.close();
      window_.remove();
    },
  };
  return { store, received, presenter };
}

export const lastFrame = (received: PresenterMessage[]) => {
  const last = received.at(-1);
  return last?.type === 'frame' ? last.frame : undefined;
};
