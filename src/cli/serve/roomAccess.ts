/**
 * Who may join a room of `htw serve`, and in which role (issue 20).
 *
 * The facilitator's browser makes three random keys when it shares a session: its own, the
 * participants' and the observers'. The first connection to a new room carries all three; the
 * server keeps only their SHA-256 digests, so its data folder never holds a secret that would
 * let someone join. Every later connection presents one key
 * and gets the role whose digest matches. Keys travel in the WebSocket's first message (the
 * Hocuspocus token), never in a URL, so they reach no server log.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

export const ROLES = ['facilitator', 'participant', 'observer'] as const;
export type LiveRole = (typeof ROLES)[number];

/** What a room's metadata file holds: one digest per role. */
export interface RoomAccess {
  version: 1;
  digests: Record<LiveRole, string>;
}

/** Room names are file names on disk: letters, digits, `-` and `_`, so no path can escape `--data`. */
export const ROOM_NAME = /^[A-Za-z0-9_-]{16,64}$/;
const KEY = /^[A-Za-z0-9_-]{22,128}$/;
const DIGEST = /^[0-9a-f]{64}$/;

export class AccessRefused extends Error {}

export interface ParsedToken {
  key: string;
  /** Present on the facilitator's first connection: the other roles' keys. */
  create?: { participant: string; observer: string };
}

export function digestKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

/** Reads the token a client sent; throws AccessRefused naming what is wrong (never echoing it). */
export function parseToken(token: unknown): ParsedToken {
  if (typeof token !== 'string' || token.length > 1000)
    throw new AccessRefused('the join token is missing or too long');
  let value: unknown;
  try {
    value = JSON.parse(token);
  } catch {
    throw new AccessRefused('the join token is not JSON');
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new AccessRefused('the join token is not an object');
  const { key, create } = value as Record<string, unknown>;
  if (typeof key !== 'string' || !KEY.test(key)) throw new AccessRefused('the join token has no valid key');
  if (create === undefined) return { key };
  if (create === null || typeof create !== 'object') throw new AccessRefused('the join token has an invalid "create"');
  const { participant, observer } = create as Record<string, unknown>;
  if (
    typeof participant !== 'string' ||
    !KEY.test(participant) ||
    typeof observer !== 'string' ||
    !KEY.test(observer)
  ) {
    throw new AccessRefused('the join token\'s "create" needs participant and observer keys');
  }
  return { key, create: { participant, observer } };
}

/** The access record a facilitator's creating token sets up. */
export function accessForNewRoom(token: ParsedToken): RoomAccess {
  if (!token.create) throw new AccessRefused('this room does not exist');
  const digests = {
    facilitator: digestKey(token.key),
    participant: digestKey(token.create.participant),
    observer: digestKey(token.create.observer),
  };
  if (new Set(Object.values(digests)).size !== 3) throw new AccessRefused('the three roles need three different keys');
  return { version: 1, digests };
}

/** The role whose digest matches the key, compared in constant time; throws when none does. */
export function roleFor(access: RoomAccess, key: string): LiveRole {
  const digest = Buffer.from(digestKey(key), 'hex');
  for (const role of ROLES) {
    const expected = Buffer.from(access.digests[role], 'hex');
    if (expected.length === digest.length && timingSafeEqual(expected, digest)) return role;
  }
  throw new AccessRefused('the join key does not open this room');
}

/** Checks a metadata file read from disk. */
export function parseRoomAccess(text: string): RoomAccess {
  const value = JSON.parse(text) as Partial<RoomAccess> | null;
  const digests = value?.digests;
  if (
    value?.version !== 1 ||
    !digests ||
    !ROLES.every((r) => typeof digests[r] === 'string' && DIGEST.test(digests[r]))
  ) {
    throw new Error('the room metadata file is damaged');
  }
  return {
    version: 1,
    digests: { facilitator: digests.facilitator, participant: digests.participant, observer: digests.observer },
  };
}
