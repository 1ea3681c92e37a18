/**
 * What a live-workshop participant tells the others through Yjs awareness (issue 20): name,
 * colour, role, which view and workshop step they are on, their pointer on the canvas (flow
 * coordinates), the components they selected and, for the facilitator, the canvas viewport
 * others may follow.
 *
 * Awareness is relayed by the server as any client wrote it, so another client's state is
 * untrusted: `parsePresence` caps its size and checks every field; a state that fails is
 * ignored as a whole (never partly used), and names are text rendered by React, never HTML.
 */

export const LIVE_ROLES = ['facilitator', 'participant', 'observer'] as const;
export type LiveRole = (typeof LIVE_ROLES)[number];

export interface FlowPoint {
  x: number;
  y: number;
}

export interface FlowViewport {
  x: number;
  y: number;
  zoom: number;
}

export type LiveView = 'model' | 'workshop';

export interface Presence {
  name: string;
  color: string;
  role: LiveRole;
  view?: LiveView;
  stepId?: string;
  /** The pointer on the canvas in flow coordinates; absent when it is off the canvas. */
  pointer?: FlowPoint;
  /** Selected component ids. */
  selection: string[];
  viewport?: FlowViewport;
}

/** Far above an honest state (a name, a few numbers, a selection of ids). */
export const MAX_PRESENCE_CHARS = 8_192;
export const MAX_PRESENCE_SELECTION = 200;
const MAX_NAME = 80;
/** Flow coordinates beyond this are no canvas a person could draw. */
const MAX_COORDINATE = 1e7;
const ID = /^[A-Za-z0-9_-]{1,64}$/;
const COLOR = /^#[0-9a-f]{6}$/i;

function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const coordinate = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= MAX_COORDINATE;

function point(value: unknown): FlowPoint | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value) || !coordinate(value.x) || !coordinate(value.y)) return null;
  return { x: value.x, y: value.y };
}

function viewport(value: unknown): FlowViewport | undefined | null {
  if (value === undefined || value === null) return undefined;
  if (!isRecord(value) || !coordinate(value.x) || !coordinate(value.y)) return null;
  const zoom = value.zoom;
  if (typeof zoom !== 'number' || !Number.isFinite(zoom) || zoom < 0.01 || zoom > 10) return null;
  return { x: value.x, y: value.y, zoom };
}

function jsonLength(value: unknown): number {
  try {
    return JSON.stringify(value)?.length ?? 0;
  } catch {
    return Infinity;
  }
}

/**
 * The presence an awareness state describes, or null when it is missing, too large or breaks
 * the schema (any field: a hostile state is ignored, not repaired).
 */
export function parsePresence(state: unknown): Presence | null {
  if (!isRecord(state) || jsonLength(state) > MAX_PRESENCE_CHARS) return null;
  const user = state.user;
  if (!isRecord(user)) return null;
  const { name, color, role, stepId } = user;
  if (typeof name !== 'string' || name.trim() === '' || name.length > MAX_NAME) return null;
  if (typeof color !== 'string' || !COLOR.test(color)) return null;
  if (typeof role !== 'string' || !(LIVE_ROLES as readonly string[]).includes(role)) return null;
  if (stepId !== undefined && (typeof stepId !== 'string' || !ID.test(stepId))) return null;
  const view = state.view;
  if (view !== undefined && view !== 'model' && view !== 'workshop') return null;
  const pointer = point(state.pointer);
  const shownViewport = viewport(state.viewport);
  if (pointer === null || shownViewport === null) return null;
  const selection = state.selection ?? [];
  if (
    !Array.isArray(selection) ||
    selection.length > MAX_PRESENCE_SELECTION ||
    !selection.every((id) => typeof id === 'string' && ID.test(id))
  )
    return null;
  return {
    name,
    color,
    role: role as LiveRole,
    selection: [...new Set(selection as string[])],
    ...(view ? { view } : {}),
    ...(stepId !== undefined ? { stepId } : {}),
    ...(pointer ? { pointer } : {}),
    ...(shownViewport ? { viewport: shownViewport } : {}),
  };
}
