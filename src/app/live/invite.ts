/**
 * Join links of live workshops: `<origin>/#join=<room>.<key>`. The key is in the fragment, which
 * browsers never send to a server, so it reaches no log; the app drops it from the address bar
 * as soon as it has read it.
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

export function inviteLink(origin: string, invite: Invite): string {
  return `${origin}/#join=${invite.room}.${invite.key}`;
}

/** A random URL-safe secret of `bytes` bytes (base64url). */
export function randomSecret(bytes = 32): string {
  const data = crypto.getRandomValues(new Uint8Array(bytes));
  return btoa(String.fromCharCode(...data)).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '');
}
