/** Time-box arithmetic for the step timer, shared by the facilitator and presenter views. */

export interface TimeboxState {
  /** Seconds left in the time box (0 once over). */
  remainingSeconds: number;
  /** Seconds past the time box (0 while within it). */
  overrunSeconds: number;
  /** `ok` within the box, `warning` in its last fifth, `over` past it. */
  level: 'ok' | 'warning' | 'over';
  /** `12:05 left` or `+03:10 over`. */
  label: string;
}

/** Where `elapsedSeconds` stands against a time box of `timeboxMinutes`. */
export function timeboxState(timeboxMinutes: number, elapsedSeconds: number): TimeboxState {
  const box = timeboxMinutes * 60;
  const elapsed = Math.max(0, Math.floor(elapsedSeconds));
  if (elapsed > box) {
    const over = elapsed - box;
    return { remainingSeconds: 0, overrunSeconds: over, level: 'over', label: `+${clock(over)} over` };
  }
  const left = box - elapsed;
  return {
    remainingSeconds: left,
    overrunSeconds: 0,
    level: left <= box / 5 ? 'warning' : 'ok',
    label: `${clock(left)} left`,
  };
}

/** `mm:ss`, or `h:mm:ss` from an hour on. */
export function clock(seconds: number): string {
  const s = Math.floor(seconds % 60);
  const m = Math.floor(seconds / 60) % 60;
  const h = Math.floor(seconds / 3600);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${pad(m)}:${pad(s)}`;
}
