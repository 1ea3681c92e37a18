import { timeboxState } from '../../domain/workshop/timebox';
import { elapsedSeconds, useNow } from './useNow';

/** The step's time box counting down (and the overrun counting up), for both views. */
export function StepTimer(props: {
  timeboxMinutes: number;
  spentSeconds: number;
  enteredAt: string;
  running: boolean;
  large?: boolean;
}) {
  const now = useNow();
  const state = timeboxState(
    props.timeboxMinutes,
    elapsedSeconds(props.spentSeconds, props.enteredAt, props.running, now),
  );
  return (
    <span
      className={`ws-timer ${state.level}${props.large ? ' large' : ''}`}
      data-testid="step-timer"
      data-level={state.level}
      role="timer"
      aria-label={`Time box ${props.timeboxMinutes} minutes: ${state.label}`}
    >
      {state.label}
    </span>
  );
}
