import { useLive } from './liveContext';

/**
 * What this person may do in the workshop view of a live session (issue 20), so the UI disables
 * what `htw serve` would refuse anyway and says why. Outside a session, and for the facilitator,
 * everything the store allows.
 */
export interface LiveRights {
  /** Why the facilitator's controls (steps, items, timer, agenda, decisions, start and end) are disabled, when they are. */
  facilitatorOnly?: string;
  /** Participants propose decisions instead of recording them. */
  proposesDecisions: boolean;
  /** Observers: why everything is read-only. */
  observing?: string;
}

export const FACILITATOR_ONLY_REASON =
  'In a live session only the facilitator moves the steps and items, edits the agenda and time boxes, records decisions and starts or ends the workshop: propose a decision instead.';
export const OBSERVER_REASON = 'You are observing this live session: everything is read-only.';

export function useLiveRights(): LiveRights {
  const { state } = useLive();
  if (state.status !== 'live') return { proposesDecisions: false };
  if (state.role === 'participant') return { facilitatorOnly: FACILITATOR_ONLY_REASON, proposesDecisions: true };
  if (state.role === 'observer')
    return { facilitatorOnly: OBSERVER_REASON, observing: OBSERVER_REASON, proposesDecisions: false };
  return { proposesDecisions: false };
}

/** The id of the note that explains disabled facilitator controls (their `aria-describedby`). */
export const RIGHTS_NOTE_ID = 'live-rights-note';

/** Props of a facilitator-only control: disabled with the reason as its tooltip and description. */
export function facilitatorControl(
  rights: LiveRights,
  otherwiseDisabled: boolean,
): { disabled: boolean; title?: string; 'aria-describedby'?: string } {
  if (rights.facilitatorOnly)
    return { disabled: true, title: rights.facilitatorOnly, 'aria-describedby': RIGHTS_NOTE_ID };
  return { disabled: otherwiseDisabled };
}
