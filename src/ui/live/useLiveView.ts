import { useEffect } from 'react';
import { useLive } from './liveContext';
import { leaveWorkshopView, WORKSHOP_HASH } from '../workshop/useHashRoute';

/**
 * Tells the session which view this person is on (model or workshop), and while following the
 * facilitator, takes this tab to the facilitator's view (the workshop step itself is shared).
 */
export function useLiveView(inWorkshop: boolean): void {
  const { live, state } = useLive();
  const active = !!live && state.status === 'live';
  useEffect(() => {
    if (active) live.setView(inWorkshop ? 'workshop' : 'model');
  }, [active, live, inWorkshop]);
  const facilitatorView =
    state.status === 'live' && state.follow === 'following'
      ? state.peers.find((p) => !p.self && p.role === 'facilitator')?.view
      : undefined;
  useEffect(() => {
    if (facilitatorView === 'workshop' && !inWorkshop) {
      window.location.hash = WORKSHOP_HASH;
    } else if (facilitatorView === 'model' && inWorkshop) {
      leaveWorkshopView();
    }
  }, [facilitatorView, inWorkshop]);
}
