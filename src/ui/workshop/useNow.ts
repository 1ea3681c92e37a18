import { useEffect, useState } from 'react';

/** The current time in ms, refreshed every `intervalMs` (the timers' tick). */
export function useNow(intervalMs = 1000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Seconds spent in a step: banked seconds plus the running visit since `enteredAt`. */
export function elapsedSeconds(spentSeconds: number, enteredAt: string, running: boolean, now: number): number {
  return spentSeconds + (running ? Math.max(0, (now - Date.parse(enteredAt)) / 1000) : 0);
}
