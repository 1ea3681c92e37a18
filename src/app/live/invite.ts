/**
 * Join links of live workshops: `<origin>/#join=<room>.<key>`. The key is in the fragment, which
 * browsers never send to a server, so it reaches no log; the app drops it from the address bar
 * as soon as it has read it. Read here at start (liveOnDemand.ts); made by the session
 * (liveSession.ts), which mints the room and keys.
 */
const ROOM = /^[A-Za-z0-9_-]{16,64}$/;
const KEY = /^[A-Za-z0-9_-]{22,128}$/;

export interface Invite {
  room: string;
  key: string;
}

export function parseInvite(hash: string): Invite | undefined {
  const match = /^#join=([^.]+)\.(.+)$/.exec(hash);
  if (!match || !ROOM.test(match[1]!) || !KEY.test(match[2]!)) return undefined;
  return { room: match[1]!, key: match[2]! };
}
