import { lazy, Suspense, useEffect } from 'react';
import { useWorkbench } from '../../store/hooks';
import { frameMessage, isRequestMessage, presenterChannelName } from '../../domain/workshop/presenterChannel';

// Building frames takes the workshop domain and the frame schema: they load only once the
// project has a workshop, not on a first visit.
const WorkshopBroadcaster = lazy(() => import('./WorkshopBroadcaster').then((m) => ({ default: m.WorkshopBroadcaster })));

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

/** Says "no workshop" on mount and to every request; silent in a read-only tab, like the broadcaster. */
function NoWorkshopAnnouncer() {
  const projectId = useWorkbench((s) => s.document.id);
  const readOnly = useWorkbench((s) => s.readOnly);

  useEffect(() => {
    if (readOnly || typeof BroadcastChannel === 'undefined') return;
    const channel = new BroadcastChannel(presenterChannelName(projectId));
    const announce = () => channel.postMessage(frameMessage(null));
    channel.onmessage = (event: MessageEvent<unknown>) => {
      if (isRequestMessage(event.data)) announce();
    };
    announce();
    return () => channel.close();
  }, [projectId, readOnly]);

  return null;
}
