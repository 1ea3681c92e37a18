/**
 * Reading the messages of the Hocuspocus protocol that `htw serve` checks before Hocuspocus
 * handles them (issue 20): the Yjs sync updates (roleRights.ts) and the awareness updates
 * (awarenessRights.ts). Each message starts with the room name, then a message type.
 */
/** Message types of the Hocuspocus protocol that carry Yjs sync messages. */
const SYNC = 0;
const AWARENESS = 1;
const SYNC_REPLY = 4;
/** Yjs sync message types that carry document content. */
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

export class Reader {
  private offset = 0;
  constructor(private readonly bytes: Uint8Array) {}
  varUint(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.offset >= this.bytes.length) throw new Error('truncated message');
      const byte = this.bytes[this.offset++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
      if (shift > 49) throw new Error('varint too long');
    }
  }
  done(): boolean {
    return this.offset >= this.bytes.length;
  }
  string(): string {
    return new TextDecoder('utf-8', { fatal: true }).decode(this.bytesOf(this.varUint()));
  }
  bytesOf(length: number): Uint8Array {
    if (this.offset + length > this.bytes.length) throw new Error('truncated message');
    const slice = this.bytes.subarray(this.offset, this.offset + length);
    this.offset += length;
    return slice;
  }
}

/** The Yjs update a Hocuspocus message carries, or undefined for any other message. */
export function updateInMessage(message: Uint8Array): Uint8Array | undefined {
  const reader = new Reader(message);
  reader.bytesOf(reader.varUint()); // document name
  const type = reader.varUint();
  if (type !== SYNC && type !== SYNC_REPLY) return undefined;
  const syncType = reader.varUint();
  if (syncType !== SYNC_STEP_2 && syncType !== SYNC_UPDATE) return undefined;
  return reader.bytesOf(reader.varUint());
}

/** The awareness update a Hocuspocus message carries, or undefined for any other message. */
export function awarenessInMessage(message: Uint8Array): Uint8Array | undefined {
  const reader = new Reader(message);
  reader.bytesOf(reader.varUint()); // document name
  if (reader.varUint() !== AWARENESS) return undefined;
  return reader.bytesOf(reader.varUint());
}

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  /** The state as JSON text (`"null"` when the client leaves). */
  json: string;
}

/** The entries of a y-protocols awareness update: a count, then client id, clock and JSON state each. */
export function awarenessEntries(update: Uint8Array): AwarenessEntry[] {
  const reader = new Reader(update);
  const count = reader.varUint();
  const entries: AwarenessEntry[] = [];
  for (let i = 0; i < count; i++)
    entries.push({ clientId: reader.varUint(), clock: reader.varUint(), json: reader.string() });
  return entries;
}
