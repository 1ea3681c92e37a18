import { Suspense, useEffect } from 'react';
import { useWorkbench } from '../../store/hooks';
import { frameMessage } from '../../domain/workshop/presenterChannel';
import { servePresenters } from './presenterLink';

// Building frames takes the workshop domain: it loads with the workshop feature (lazyViews.ts),
// only once the project has a workshop, not on a first visit.
import { WorkshopBroadcaster } from '../lazyViews';

/**
 * Feeds presenter windows of this project. With a workshop (running or ended) the real
 * broadcaster does; without one there is no frame to build, and a small stand-in tells
 * presenters so, as the broadcaster would (`frame: null`). Renders nothing.
 */
export function PresenterFeed() {
  const hasWorkshop = useWorkbench((s) => Object.keys(s.document.workshops).length > 0);
  return hasWorkshop ? (
    <Suspense fallback={null}>
      <WorkshopBroadcaster />
    </Suspense>
  ) : (
    <NoWorkshopAnnouncer />
  );
}

/** Answers every request with "no workshop" (in a read-only tab too, like the broadcaster). */
function NoWorkshopAnnouncer() {
  const projectId = useWorkbench((s) => s.document.id);

  useEffect(() => {
    const link = servePresenters(projectId, (reply) => reply(frameMessage(null)));
    return () => link.close();
  }, [projectId]);

  return null;
}
