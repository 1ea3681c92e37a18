import { useEffect } from 'react';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { selectAssessment } from '../../store/selectAssessment';
import type { WorkbenchState } from '../../store/createWorkbenchStore';
import { activeWorkshop, endedWorkshops } from '../../domain/workshop/workshopOps';
import { buildPresenterFrame, type PresenterFrame } from '../../domain/workshop/presenterFrame';
import { frameMessage } from '../../domain/workshop/presenterChannel';
import { servePresenters } from './presenterLink';

/** The frame a presenter should show: the running workshop, else the latest ended one. */
function currentFrame(state: WorkbenchState): PresenterFrame | null {
  const workshop = activeWorkshop(state.document) ?? endedWorkshops(state.document)[0];
  return workshop ? buildPresenterFrame(workshop, state.document, state.catalog, selectAssessment(state)) : null;
}

/**
 * Feeds the presenter windows that ask this window (those it opened): a frame whenever what
 * they show changes, and on request (a presenter opening, or asking again after this window
 * reloaded). Renders nothing. A read-only tab serves its presenters too, from the document
 * it follows: each presenter hears only the window that opened it, so tabs never talk over
 * each other (as they would on a shared channel).
 */
export function WorkshopBroadcaster() {
  const store = useWorkbenchStore();
  const projectId = useWorkbench((s) => s.document.id);

  useEffect(() => {
    let lastSent = '';
    const message = () => frameMessage(currentFrame(store.getState()));
    const link = servePresenters(projectId, (reply) => reply(message()));
    const unsubscribe = store.subscribe((state, previous) => {
      if (state.document === previous.document) return;
      const m = message();
      const serialized = JSON.stringify(m);
      if (serialized === lastSent) return;
      lastSent = serialized;
      link.sendAll(m);
    });
    return () => {
      unsubscribe();
      link.close();
    };
  }, [store, projectId]);

  return null;
}
