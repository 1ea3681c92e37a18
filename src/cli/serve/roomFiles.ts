/**
 * Rooms on disk under `--data`: `<room>.access.json` (the role digests) and `<room>.ydoc`
 * (the room's Yjs state, `Y.encodeStateAsUpdate`). Writes go to a temporary file renamed over
 * the old one, so a server killed mid-write keeps the previous state, never half a file.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ROOM_NAME, parseRoomAccess, type RoomAccess } from './roomAccess';

export interface RoomFiles {
  readAccess(room: string): Promise<RoomAccess | undefined>;
  /** Creates the access file; false when the room already exists (another facilitator won). */
  createAccess(room: string, access: RoomAccess): Promise<boolean>;
  readState(room: string): Promise<Uint8Array | undefined>;
  writeState(room: string, state: Uint8Array): Promise<void>;
  /** Resolves when every write started so far has finished. */
  idle(): Promise<void>;
}

function checkedName(room: string): string {
  if (!ROOM_NAME.test(room)) throw new Error('invalid room name');
  return room;
}

async function readIfPresent(path: string): Promise<Buffer | undefined> {
  try {
    return await readFile(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

let writes = 0;
async function writeAtomically(path: string, data: Uint8Array | string): Promise<void> {
  const temporary = `${path}.${process.pid}-${++writes}.tmp`;
  await writeFile(temporary, data);
  await rename(temporary, path);
}

export async function openRoomFiles(dir: string): Promise<RoomFiles> {
  await mkdir(dir, { recursive: true });
  const path = (room: string, suffix: string) => join(dir, `${checkedName(room)}${suffix}`);
  /** One write at a time per room, in order, so an older state never lands after a newer one. */
  const queues = new Map<string, Promise<void>>();
  return {
    async readAccess(room) {
      const data = await readIfPresent(path(room, '.access.json'));
      return data ? parseRoomAccess(data.toString('utf8')) : undefined;
    },
    async createAccess(room, access) {
      try {
        // `wx`: fails when the file exists, so two first connections cannot both create the room.
        await writeFile(path(room, '.access.json'), JSON.stringify(access), { flag: 'wx' });
        return true;
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
        throw error;
      }
    },
    async readState(room) {
      const data = await readIfPresent(path(room, '.ydoc'));
      return data ? new Uint8Array(data) : undefined;
    },
    writeState(room, state) {
      const target = path(room, '.ydoc');
      const next = (queues.get(room) ?? Promise.resolve()).catch(() => {}).then(() => writeAtomically(target, state));
      queues.set(room, next);
      void next
        .finally(() => {
          if (queues.get(room) === next) queues.delete(room);
        })
        .catch(() => {});
      return next;
    },
    async idle() {
      await Promise.allSettled([...queues.values()]);
    },
  };
}
