/**
 * The presenter protocol: its name and version, the BroadcastChannel of a project, and the
 * schemas of the two messages without a frame, `request` and `hello`. The `frame` message
 * and the one schema of every message (`PresenterMessageSchema`) are presenterFrame.ts, built
 * from these: the first page answers a presenter of a project without a workshop ("nothing
 * to show") with this module alone, without the frame schema or the workshop domain.
 *
 * Frames travel by `postMessage` between the presenter window and the window that opened it,
 * and the presenter accepts them only from that window (issue 22 item 10): a BroadcastChannel
 * reaches every same-origin page, so any of them could have fed the projector. The channel
 * is kept for one harmless signal only: `hello`, sent by a facilitator's window when it
 * (re)loads, on which a presenter asks its opener again for the current frame.
 */
import { z } from '../zod';

export const PRESENTER_PROTOCOL = 'htw-workshop-presenter';
export const PRESENTER_PROTOCOL_VERSION = 2;

/** The fields every presenter message starts with. */
export const presenterEnvelope = {
  protocol: z.literal(PRESENTER_PROTOCOL),
  version: z.literal(PRESENTER_PROTOCOL_VERSION),
};

/** A presenter window asks its opener for the current frame of a project. */
export const PresenterRequestSchema = z.strictObject({
  ...presenterEnvelope,
  type: z.literal('request'),
  projectId: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
});

/** A facilitator's window (re)loaded: "ask me again". Carries nothing. */
export const PresenterHelloSchema = z.strictObject({ ...presenterEnvelope, type: z.literal('hello') });

type Envelope = { protocol: typeof PRESENTER_PROTOCOL; version: typeof PRESENTER_PROTOCOL_VERSION };

/** The BroadcastChannel name for a project's `hello` signals. */
export function presenterChannelName(projectId: string): string {
  return `${PRESENTER_PROTOCOL}:${projectId}`;
}

/** Builds the message announcing `frame` (or, with `null`, that there is nothing to show). */
export function frameMessage<F>(frame: F): Envelope & { type: 'frame'; frame: F } {
  return { protocol: PRESENTER_PROTOCOL, version: PRESENTER_PROTOCOL_VERSION, type: 'frame', frame };
}

/** The message a presenter window sends its opener to ask for the current frame of `projectId`. */
export function requestMessage(projectId: string): z.infer<typeof PresenterRequestSchema> {
  return { protocol: PRESENTER_PROTOCOL, version: PRESENTER_PROTOCOL_VERSION, type: 'request', projectId };
}

/** What a facilitator's window broadcasts when it (re)loads. */
export function helloMessage(): z.infer<typeof PresenterHelloSchema> {
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

/** Whether `data` is a presenter's request (for `projectId`, when given), by its schema. */
export function isRequestMessage(data: unknown, projectId?: string): boolean {
  if (hasPrototypeKey(data)) return false;
  const parsed = PresenterRequestSchema.safeParse(data);
  return parsed.success && (projectId === undefined || parsed.data.projectId === projectId);
}

/** Whether `data` is a facilitator's `hello`, by its schema. */
export function isHelloMessage(data: unknown): boolean {
  return !hasPrototypeKey(data) && PresenterHelloSchema.safeParse(data).success;
}
