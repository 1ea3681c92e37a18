import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, render, waitFor } from '@testing-library/react';
import { PresenterFeed } from './PresenterFeed';
import { WorkbenchContext } from '../../store/hooks';
import { createWorkbenchStore } from '../../store/createWorkbenchStore';
import { workshopActionsFor } from '../../store/workshopActions';
import { loadBundledCatalog } from '../../domain/catalog/catalogSource';
import { instantiateTemplate } from '../../domain/catalog/templates';
import { parsePresenterMessage, presenterChannelName, requestMessage, type PresenterMessage } from '../../domain/workshop/presenterFrame';

afterEach(cleanup);

function setup() {
  let n = 0;
  const store = createWorkbenchStore(
    { catalog: loadBundledCatalog(), clock: () => new Date().toISOString(), ids: () => `id${++n}` },
    instantiateTemplate('kvm-libvirt', { id: 'proj1', now: '2026-01-01T08:00:00.000Z' }),
  );
  const received: PresenterMessage[] = [];
  const presenter = new BroadcastChannel(presenterChannelName('proj1'));
  presenter.onmessage = (e: MessageEvent<unknown>) => {
    // Everything on the channel must pass the presenter's own validation.
    const message = parsePresenterMessage(e.data);
    expect(message).toBeDefined();
    if (message) received.push(message);
  };
  render(
    <WorkbenchContext.Provider value={store}>
      <PresenterFeed />
    </WorkbenchContext.Provider>,
  );
  return { store, received, presenter };
}

const settle = () => act(() => new Promise((r) => setTimeout(r, 60)));
const lastFrame = (received: PresenterMessage[]) => {
  const last = received.at(-1);
  return last?.type === 'frame' ? last.frame : undefined;
};

describe('PresenterFeed', () => {
  it('says "no workshop" without the broadcaster, then feeds frames once a workshop exists', async () => {
    const { store, received, presenter } = setup();
    await settle();
    expect(received).toEqual([expect.objectContaining({ type: 'frame', frame: null })]);
    presenter.postMessage(requestMessage());
    await settle();
    expect(received).toHaveLength(2);
    expect(lastFrame(received)).toBeNull();

    act(() => void workshopActionsFor(store).startWorkshop({ title: 'Review', participants: [{ name: 'Fay', role: 'facilitator' }] }));
    await waitFor(() => expect(lastFrame(received)?.workshopTitle).toBe('Review'));
    const count = received.length;
    presenter.postMessage(requestMessage());
    await waitFor(() => expect(received.length).toBe(count + 1));

    // Undoing the start leaves no workshop: presenters hear so again.
    act(() => store.getState().undo());
    await waitFor(() => expect(lastFrame(received)).toBeNull());
    presenter.close();
  });

  it('stays silent in a read-only tab while there is no workshop', async () => {
    const { store, received, presenter } = setup();
    await settle();
    act(() => store.getState().setReadOnly(true));
    const count = received.length;
    presenter.postMessage(requestMessage());
    await settle();
    expect(received.length).toBe(count);
    act(() => store.getState().setReadOnly(false));
    await settle();
    presenter.postMessage(requestMessage());
    await settle();
    expect(received.length).toBeGreaterThan(count);
    presenter.close();
  });

  it('ignores messages that are not requests', async () => {
    const { received, presenter } = setup();
    await settle();
    const count = received.length;
    presenter.postMessage({ ...requestMessage(), extra: true });
    presenter.postMessage({ type: 'request' });
    await settle();
    expect(received.length).toBe(count);
    presenter.close();
  });
});
