/**
 * The presenter channel's name and message envelopes, apart from the frame schema in
 * `presenterFrame.ts`: the first page answers a presenter of a project without a workshop
 * ("nothing to show") with these alone, without loading zod schemas or the workshop domain.
 */
import type { PresenterFrame, PresenterMessage } from './presenterFrame';

export const PRESENTER_PROTOCOL = 'htw-workshop-presenter';
export const PRESENTER_PROTOCOL_VERSION = 1;

/** The BroadcastChannel name for a project's presenter traffic. */
export function presenterChannelName(projectId: string): string {
  return `${PRESENTER_PROTOCOL}:${projectId}`;
}

/** Builds the message announcing `frame` (or that there is nothing to show). */
export function frameMessage(frame: PresenterFrame | null): PresenterMessage {
  return { protocol: PRESENTER_PROTOCOL, version: PRESENTER_PROTOCOL_VERSION, type: 'frame', frame };
}

/** The message a presenter window sends on opening to ask for the current frame. */
export function requestMessage(): PresenterMessage {
  return { protocol: PRESENTER_PROTOCOL, version: PRESENTER_PROTOCOL_VERSION, type: 'request' };
}

/**
 * Whether `data` is a presenter's request, checked by hand as strictly as
 * `PresenterMessageSchema` checks it (exactly these three keys), so a caller can answer
 * requests without loading the schema.
 */
export function isRequestMessage(data: unknown): boolean {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const message = data as Record<string, unknown>;
  return (
    Object.keys(message).length === 3 &&
    message.protocol === PRESENTER_PROTOCOL &&
    message.version === PRESENTER_PROTOCOL_VERSION &&
    message.type === 'request'
  );
}
