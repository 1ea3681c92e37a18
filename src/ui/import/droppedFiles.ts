/** The files of a drop (dropWalker.ts walks the folders in it). */
import type { DropEntry } from './dropWalker';
import { loadDropWalker } from '../lazyViews';

/**
 * Reads a drop's entries now (a DataTransfer is emptied when the drop event ends) and resolves
 * to its files. Browsers without entries give the plain file list.
 */
export function droppedFiles(transfer: DataTransfer): Promise<File[]> {
  const plain = [...transfer.files];
  const items = [...transfer.items].filter((i) => i.kind === 'file');
  const entries = items.map((i) =>
    typeof i.webkitGetAsEntry === 'function' ? (i.webkitGetAsEntry() as DropEntry | null) : null,
  );
  if (entries.length === 0 || entries.some((e) => e === null)) return Promise.resolve(plain);
  return loadDropWalker()
    .then((walker) => walker.filesFromEntries(entries as DropEntry[]))
    .catch(() => plain);
}
