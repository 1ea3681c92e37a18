/**
 * The live session a tab is in, kept in sessionStorage (issue 20) so a reload rejoins the same
 * room with the same name and role without asking: per tab, gone when the tab closes, never in
 * the URL (the join key would reach server logs and history) and never sent anywhere.
 */
import { LIVE_ROLES, type LiveRole } from '../../domain/live/presence';
import { SAVED_SESSION_KEY as STORAGE_KEY } from './liveOnDemand';
const ROOM = /^[A-Za-z0-9_-]{16,64}$/;
const KEY = /^[A-Za-z0-9_-]{22,128}$/;

export interface SavedSession {
  room: string;
  key: string;
  name: string;
  role: LiveRole;
  /** The local project the session is bound to. */
  projectId?: string;
  /** The facilitator's join links, shown again after a reload. */
  links?: { participant: string; observer: string };
}

function storage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

export function saveSession(session: SavedSession): void {
  try {
    storage()?.setItem(STORAGE_KEY, JSON.stringify(session));
  } catch {
    // Storage full or blocked: a reload then asks for the name again.
  }
}

export function clearSavedSession(): void {
  storage()?.removeItem(STORAGE_KEY);
}

/** The saved session, or undefined when there is none or it is not one this app wrote. */
export function readSavedSession(): SavedSession | undefined {
  const text = storage()?.getItem(STORAGE_KEY);
  if (!text) return undefined;
  try {
    return parseSavedSession(JSON.parse(text));
  } catch {
    return undefined;
  }
}

export function parseSavedSession(value: unknown): SavedSession | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const { room, key, name, role, projectId, links } = value as Record<string, unknown>;
  if (typeof room !== 'string' || !ROOM.test(room) || typeof key !== 'string' || !KEY.test(key)) return undefined;
  if (typeof name !== 'string' || name.trim() === '' || name.length > 80) return undefined;
  if (typeof role !== 'string' || !(LIVE_ROLES as readonly string[]).includes(role)) return undefined;
  const session: SavedSession = { room, key, name, role: role as LiveRole };
  if (typeof projectId === 'string' && projectId.length <= 64) session.projectId = projectId;
  if (links && typeof links === 'object') {
    const { participant, observer } = links as Record<string, unknown>;
    if (typeof participant === 'string' && typeof observer === 'string') session.links = { participant, observer };
  }
  return session;
}
