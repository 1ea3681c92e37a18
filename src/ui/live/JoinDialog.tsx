import './live.css';
import { useState } from 'react';
import { useLive } from './liveContext';

/** Shown when the page was opened with a join link: asks a name, then joins the live session. */
export function JoinDialog() {
  const { live, state } = useLive();
  const [name, setName] = useState('');
  // A reloaded tab rejoins by itself (connecting with no name typed here): no dialog then.
  if (!live || (state.status !== 'invited' && !((state.status === 'connecting' || state.status === 'error') && name)))
    return null;
  return (
    <div className="live-join-backdrop">
      <form
        role="dialog"
        aria-label="Join the live session"
        className="live-join"
        onSubmit={(event) => {
          event.preventDefault();
          if (name.trim()) void live.join(name.trim());
        }}
      >
        <h2>Join the live session</h2>
        <label>
          Your name <input autoFocus required maxLength={80} value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        {state.status === 'error' && <p role="alert">{state.message}</p>}
        <button type="submit" disabled={state.status === 'connecting'}>
          {state.status === 'connecting' ? 'Joining…' : 'Join'}
        </button>
      </form>
    </div>
  );
}
