import { useLive } from './liveContext';

/** "Follow facilitator" for participants and observers, with the notice after a manual pan stopped it. */
export function FollowControl() {
  const { live, state } = useLive();
  if (!live || state.status !== 'live' || state.role === 'facilitator') return null;
  const facilitator = state.peers.find((p) => !p.self && p.role === 'facilitator');
  if (!facilitator) return null;
  return (
    <div className="live-follow" data-testid="live-follow">
      {state.follow === 'following' ? (
        <>
          <span role="status">Following {facilitator.name}.</span>{' '}
          <button type="button" onClick={() => live.setFollow('off')}>
            Stop following
          </button>
        </>
      ) : state.follow === 'stopped' ? (
        <>
          <span role="status">You moved the view, so you stopped following {facilitator.name}.</span>{' '}
          <button type="button" onClick={() => live.setFollow('following')}>
            Resume following
          </button>
        </>
      ) : (
        <button type="button" onClick={() => live.setFollow('following')}>
          Follow facilitator
        </button>
      )}
    </div>
  );
}
