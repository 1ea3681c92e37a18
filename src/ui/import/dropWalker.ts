/**
 * The files of a drop's entries, folders included: a dropped folder (say, one `virsh dumpxml`
 * per VM collected into `configs/`) contributes the configuration files inside it, at any
 * depth up to a few levels. Files dropped one by one are all kept, so a wrong one is refused
 * by name in the preview rather than silently skipped. Loaded with the first drop of files
 * (droppedFiles.ts reads the entries while the drop event lasts).
 */

/** What a folder may contribute: the names the import recognises. */
const CONFIG_NAME = /\.(xml|cfg|xl|vmx)$/i;
const MAX_DEPTH = 4;
const MAX_FILES = 600;

/** The parts of the File and Directory Entries API used here (jsdom has none of it). */
export interface DropEntry {
  isFile: boolean;
  isDirectory: boolean;
  name: string;
  file?(success: (file: File) => void, failure?: (error: unknown) => void): void;
  createReader?(): { readEntries(success: (entries: DropEntry[]) => void, failure?: (error: unknown) => void): void };
}

const fileOf = (entry: DropEntry) => new Promise<File>((resolve, reject) => entry.file!(resolve, reject));

/** All entries of a folder: `readEntries` hands them out in batches until an empty one. */
async function readAll(entry: DropEntry): Promise<DropEntry[]> {
  const reader = entry.createReader!();
  const out: DropEntry[] = [];
  for (;;) {
    const batch = await new Promise<DropEntry[]>((resolve, reject) => reader.readEntries(resolve, reject));
    if (batch.length === 0 || out.length > MAX_FILES) return out;
    out.push(...batch);
  }
}

export async function filesFromEntries(entries: readonly DropEntry[]): Promise<File[]> {
  const files: File[] = [];
  const walk = async (entry: DropEntry, depth: number, inFolder: boolean): Promise<void> => {
    if (files.length >= MAX_FILES) return;
    if (entry.isFile && entry.file) {
      if (!inFolder || CONFIG_NAME.test(entry.name)) files.push(await fileOf(entry));
    } else if (entry.isDirectory && entry.createReader && depth < MAX_DEPTH) {
      for (const child of await readAll(entry)) await walk(child, depth + 1, true);
    }
  };
  for (const entry of entries) await walk(entry, 0, false);
  return files;
}
