import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup } from '@testing-library/react';
import { WorkshopBroadcaster } from './WorkshopBroadcaster';
import { deliver, lastFrame, otherWindow, renderWithPresenter } from '../../test/presenterTestChannel';
import { workshopActionsFor } from '../../store/workshopActions';
import { requestMessage } from '../../domain/workshop/presenterChannel';

afterEach(cleanup);

const setup = () => renderWithPresenter(<WorkshopBroadcaster />);

describe('WorkshopBroadcaster', () => {
  it('announces "no workshop", then each step change, and answers requests', async () => {
    const { store, received, presenter } = setup();
    await presenter.connected();
    expect(received.at(-1)).toMatchObject({ type: 'frame', frame: null });
    act(
      () =>
        void workshopActionsFor(store).startWorkshop({
          title: 'Review',
          participants: [{ name: 'Fay', role: 'facilitator' }],
        }),
    );
    const first = lastFrame(received)!.step.id;
    act(() => workshopActionsFor(store).moveWorkshopStep(1));
    expect(lastFrame(received)!.step.id).not.toBe(first);
    const count = received.length;
    presenter.request();
    expect(received.length).toBe(count + 1);
    presenter.close();
  });

  it('serves the presenters it opened in a read-only tab too, from the document it follows', async () => {
    const { store, received, presenter } = setup();
    await presenter.connected();
    act(
      () =>
        void workshopActionsFor(store).startWorkshop({
          title: 'Review',
          participants: [{ name: 'Fay', role: 'facilitator' }],
        }),
    );
    act(() => store.getState().setReadOnly(true));
    const count = received.length;
    presenter.request();
    expect(received.length).toBe(count + 1);
    expect(lastFrame(received)?.workshopTitle).toBe('Review');
    presenter.close();
  });

  it('answers only same-origin windows asking for this project, and sends frames only to windows that asked', async () => {
    const { store, received, presenter } = setup();
    await presenter.connected();
    const bystander = otherWindow();
    act(
      () =>
        void workshopActionsFor(store).startWorkshop({
          title: 'Review',
          participants: [{ name: 'Fay', role: 'facilitator' }],
        }),
    );
    const count = received.length;
    presenter.request(requestMessage('other-project'));
    deliver(requestMessage('proj1'), presenter.win, 'http://evil.example');
    deliver(requestMessage('proj1'), null);
    expect(received.length).toBe(count);
    // A window that never asked hears nothing of the step changes the presenter gets.
    act(() => workshopActionsFor(store).moveWorkshopStep(1));
    expect(received.length).toBe(count + 1);
    expect(bystander.sent).toEqual([]);
    bystander.remove();
    presenter.close();
  });
});
