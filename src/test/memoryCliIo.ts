/** The command line's IO in memory for tests: files in a map, stdout and stderr collected, a fixed clock. */
import { loadBundledCatalog } from '../domain/catalog/catalogSource';
import type { ImportIo } from '../cli/importCommand';

export function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = { ...files };
  const io: ImportIo = {
    readFile(path) {
      if (!(path in written)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return written[path]!;
    },
    writeFile(path, data) {
      written[path] = data;
    },
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    loadCatalog: loadBundledCatalog,
    now: () => '2026-12-03T06:00:00Z',
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}
