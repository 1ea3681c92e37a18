import { useEffect } from 'react';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { selectAssessment } from '../../store/selectors';
import type { WorkbenchState } from '../../store/createWorkbenchStore';
import { activeWorkshop, endedWorkshops } from '../../domain/workshop/workshopOps';
import {
  buildPresenterFrame,
  frameMessage,
  parsePresenterMessage,
  presenterChannelName,
  type PresenterFrame,
} from '../../domain/workshop/presenterFrame';

/** The frame a presenter should show: the running workshop, else the latest ended one. */
function currentFrame(state: WorkbenchState): PresenterFrame | null {
  const workshop = activeWorkshop(state.document) ?? endedWorkshops(state.document)[0];
  return workshop ? buildPresenterFrame(workshop, state.document, state.catalog, selectAssessment(state)) : null;
}

/**
 * Feeds presenter windows of this project over a BroadcastChannel: a frame whenever what they
 * show changes, and on request (a presenter opening). Renders nothing. A read-only tab stays
 * silent, so only the tab that drives the workshop speaks for it.
 */
export function WorkshopBroadcaster() {
  const store = useWorkbenchStore();
  const projectId = useWorkbench((s) => s.document.id);

  useEffect(() => {
    if (typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(presenterChannelName(projectId));
    let lastSent = '';
    const send = (force: boolean) => {
      const state = store.getState();
      if (state.readOnly) return;
      const message = frameMessage(currentFrame(state));
      const serialized = JSON.stringify(message);
      if (!force && serialized === lastSent) return;
      lastSent = serialized;
      channel.postMessage(message);
    };
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (parsePresenterMessage(event.data)?.type === 'request') send(true);
    };
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.document !== previous.document || state.readOnly !== previous.readOnly) send(false);
    });
    send(true);
    return () => {
      unsubscribe();
      channel.close();
    };
  }, [store, projectId]);

  return null;
}
