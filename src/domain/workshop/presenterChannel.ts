/**
 * The presenter protocol's envelopes, apart from the frame schema in `presenterFrame.ts`: the
 * first page answers a presenter of a project without a workshop ("nothing to show") with
 * these alone, without loading zod schemas or the workshop domain.
 *
 * Frames travel by `postMessage` between the presenter window and the window that opened it,
 * and the presenter accepts them only from that window (issue 22 item 10): a BroadcastChannel
 * reaches every same-origin page, so any of them could have fed the projector. The channel
 * is kept for one harmless signal only: `hello`, sent by a facilitator's window when it
 * (re)loads, on which a presenter asks its opener again for the current frame.
 */
import type { PresenterFrame, PresenterMessage } from './presenterFrame';

export const PRESENTER_PROTOCOL = 'htw-workshop-presenter';
export const PRESENTER_PROTOCOL_VERSION = 2;

const PROJECT_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The BroadcastChannel name for a project's `hello` signals. */
export function presenterChannelName(projectId: string): string {
  return `${PRESENTER_PROTOCOL}:${projectId}`;
}

/** Builds the message announcing `frame` (or that there is nothing to show). */
export function frameMessage(frame: PresenterFrame | null): PresenterMessage {
  return { protocol: PRESENTER_PROTOCOL, version: PRESENTER_PROTOCOL_VERSION, type: 'frame', frame };
}

/** The message a presenter window sends its opener to ask for the current frame of `projectId`. */
export function requestMessage(projectId: string): PresenterMessage {
  return { protocol: PRESENTER_PROTOCOL, version: PRESENTER_PROTOCOL_VERSION, type: 'request', projectId };
}

/** What a facilitator's window broadcasts when it (re)loads: "ask me again". Carries nothing. */
export function helloMessage(): PresenterMessage {
  return { protocol: PRESENTER_PROTOCOL, version: PRESENTER_PROTOCOL_VERSION, type: 'hello' };
}

/** Keys that become prototypes when copied; never part of a presenter message. */
const PROTOTYPE_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * Whether `value` has a prototype key as an own key anywhere inside it (or nests deeper than
 * a frame ever does). Checked before the schema, so refusing them never depends on how a
 * validator treats such keys.
 */
export function hasPrototypeKey(value: unknown, depth = 0): boolean {
  if (value === null || typeof value !== 'object') return false;
  if (depth > 16) return true;
  for (const key of Reflect.ownKeys(value)) {
    if (typeof key !== 'string' || PROTOTYPE_KEYS.has(key)) return true;
    if (hasPrototypeKey((value as Record<string, unknown>)[key], depth + 1)) return true;
  }
  return false;
}

function envelope(data: unknown, type: string, keys: number): data is Record<string, unknown> {
  if (typeof data !== 'object' || data === null || Array.isArray(data) || hasPrototypeKey(data)) return false;
  const message = data as Record<string, unknown>;
  return Object.keys(message).length === keys && message.protocol === PRESENTER_PROTOCOL && message.version === PRESENTER_PROTOCOL_VERSION && message.type === type;
}

/**
 * Whether `data` is a presenter's request (for `projectId`, when given), checked by hand as
 * strictly as `PresenterMessageSchema` checks it, so a caller can answer requests without
 * loading the schema.
 */
export function isRequestMessage(data: unknown, projectId?: string): boolean {
  if (!envelope(data, 'request', 4)) return false;
  const id = data.projectId;
  return typeof id === 'string' && PROJECT_ID.test(id) && (projectId === undefined || id === projectId);
}

/** Whether `data` is a facilitator's `hello`, checked as strictly as the schema does. */
export function isHelloMessage(data: unknown): boolean {
  return envelope(data, 'hello', 3);
}
