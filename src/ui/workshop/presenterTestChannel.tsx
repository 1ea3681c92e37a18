/**
 * Test helper for the presenter feed's components: a store on the KVM sample rendered with the
 * component under test, and a presenter's end of the channel collecting what it receives.
 */
import type { ReactNode } from 'react';
import { expect } from 'vitest';
import { act, render } from '@testing-library/react';
import { WorkbenchContext } from '../../store/hooks';
import { createWorkbenchStore } from '../../store/createWorkbenchStore';
import { loadBundledCatalog } from '../../domain/catalog/catalogSource';
import { instantiateTemplate } from '../../domain/catalog/templates';
import { parsePresenterMessage, presenterChannelName, type PresenterMessage } from '../../domain/workshop/presenterFrame';

/** `strict`: every message on the channel must pass the presenter's own validation. */
export function renderWithPresenter(ui: ReactNode, { strict = false } = {}) {
  let n = 0;
  const store = createWorkbenchStore(
    { catalog: loadBundledCatalog(), clock: () => new Date().toISOString(), ids: () => `id${++n}` },
    instantiateTemplate('kvm-libvirt', { id: 'proj1', now: '2026-01-01T08:00:00.000Z' }),
  );
  const received: PresenterMessage[] = [];
  const presenter = new BroadcastChannel(presenterChannelName('proj1'));
  presenter.onmessage = (e: MessageEvent<unknown>) => {
    const message = parsePresenterMessage(e.data);
    if (strict) expect(message).toBeDefined();
    if (message) received.push(message);
  };
  render(<WorkbenchContext.Provider value={store}>{ui}</WorkbenchContext.Provider>);
  return { store, received, presenter };
}

/** Lets the channel deliver (BroadcastChannel is asynchronous). */
export const settle = () => act(() => new Promise((r) => setTimeout(r, 60)));

export const lastFrame = (received: PresenterMessage[]) => {
  const last = received.at(-1);
  return last?.type === 'frame' ? last.frame : undefined;
};
