import { afterEach, describe, expect, it } from 'vitest';
import { act, cleanup, waitFor } from '@testing-library/react';
import { PresenterFeed } from './PresenterFeed';
import { lastFrame, renderWithPresenter } from '../../test/presenterTestChannel';
import { workshopActionsFor } from '../../store/workshopActions';
import { requestMessage } from '../../domain/workshop/presenterChannel';

afterEach(cleanup);

const setup = () => renderWithPresenter(<PresenterFeed />, { strict: true });

describe('PresenterFeed', () => {
  it('says "no workshop" without the broadcaster, then feeds frames once a workshop exists', async () => {
    const { store, received, presenter } = setup();
    await presenter.connected();
    expect(received).toEqual([expect.objectContaining({ type: 'frame', frame: null })]);
    presenter.request();
    expect(received).toHaveLength(2);
    expect(lastFrame(received)).toBeNull();

    act(
      () =>
        void workshopActionsFor(store).startWorkshop({
          title: 'Review',
          participants: [{ name: 'Fay', role: 'facilitator' }],
        }),
    );
    await waitFor(() => expect(lastFrame(received)?.workshopTitle).toBe('Review'));
    const count = received.length;
    presenter.request();
    await waitFor(() => expect(received.length).toBe(count + 1));

    // Undoing the start leaves no workshop: presenters hear so again.
    act(() => store.getState().undo());
    await waitFor(() => expect(lastFrame(received)).toBeNull());
    presenter.close();
  });

  it('answers "no workshop" in a read-only tab too', async () => {
    const { store, received, presenter } = setup();
    await presenter.connected();
    act(() => store.getState().setReadOnly(true));
    const count = received.length;
    presenter.request();
    expect(received.length).toBe(count + 1);
    expect(lastFrame(received)).toBeNull();
    presenter.close();
  });

  it('ignores messages that are not requests', async () => {
    const { received, presenter } = setup();
    await presenter.connected();
    const count = received.length;
    presenter.request({ ...requestMessage('proj1'), extra: true });
    presenter.request({ type: 'request' });
    expect(received.length).toBe(count);
    presenter.close();
  });
});
