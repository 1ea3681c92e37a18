/**
 * Presence (Yjs awareness) is relayed by the server as clients write it, so `htw serve` checks
 * it (issue 20): the role a client shows the others must be the role its join key gave its
 * connection in `onAuthenticate`, so a participant cannot pass for the facilitator (whom
 * "Follow facilitator" follows) or an observer for a participant. A connection may also not
 * write the presence entry of a client another role's connection publishes. Browsers validate
 * every presence anyway (`domain/live/presence.ts`); this is the server's half.
 *
 * Only entries that would change the room's presence are checked: every client echoes the
 * others' entries it receives (same clock, a no-op), and removes them with their old clock when
 * its connection drops. Two connections of the same role may share an entry: a laptop back
 * from a network loss reconnects with the same client id while the server still holds its
 * dead socket.
 */
import type { LiveRole } from './roomAccess';
import { awarenessEntries, awarenessInMessage } from './protocolMessages';

/** What the room knows of a client id's presence. */
export interface RoomPresence {
  /** The role of the other connection that publishes it now, if any. */
  ownerOf(clientId: number): LiveRole | undefined;
  /** Its clock, undefined when never seen. */
  clockOf(clientId: number): number | undefined;
  hasState(clientId: number): boolean;
}

function claimedRole(json: string): { role?: unknown } | 'unreadable' | null {
  let state: unknown;
  try {
    state = JSON.parse(json);
  } catch {
    return 'unreadable';
  }
  if (state === null) return null;
  if (typeof state !== 'object' || Array.isArray(state)) return 'unreadable';
  const user = (state as { user?: unknown }).user;
  if (user === undefined) return {};
  if (user === null || typeof user !== 'object') return 'unreadable';
  return { role: (user as { role?: unknown }).role };
}

/**
 * Why an awareness message from a connection of `role` is refused, or undefined when it may be
 * relayed (and for any other message).
 */
export function awarenessRefusal(message: Uint8Array, role: LiveRole, room: RoomPresence): string | undefined {
  let entries;
  try {
    const update = awarenessInMessage(message);
    if (!update) return undefined;
    entries = awarenessEntries(update);
  } catch {
    return 'the presence message could not be read';
  }
  for (const entry of entries) {
    const claim = claimedRole(entry.json);
    if (claim === 'unreadable') return 'the presence state is not a JSON object';
    // As y-protocols applies an entry: a newer clock, or a removal at the same clock.
    const clock = room.clockOf(entry.clientId) ?? 0;
    const effective = clock < entry.clock || (clock === entry.clock && claim === null && room.hasState(entry.clientId));
    if (!effective || claim === null) continue;
    const owner = room.ownerOf(entry.clientId);
    if (owner !== undefined && owner !== role) return `the presence of another ${owner} is not yours to write`;
    if (claim && claim.role !== undefined && claim.role !== role)
      return `${role === 'observer' ? 'an' : 'a'} ${role} may not appear as ${typeof claim.role === 'string' ? claim.role.slice(0, 20) : 'another role'}`;
  }
  return undefined;
}
