/** The command line's IO in memory for tests: files in a map, stdout and stderr collected, a fixed clock. */
import { loadBundledCatalog } from '../domain/catalog/catalogSource';
import type { ImportIo } from '../cli/importCommand';
import type { ReportIo } from '../cli/reportCommand';

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

/** `htw report`'s IO in memory: `files` to read (a missing one is ENOENT), what it writes kept, stderr collected, a fixed clock; `renderPdf` as the test needs it. */
export function memoryReportIo(files: Record<string, string>, renderPdf: ReportIo['renderPdf']) {
  const err: string[] = [];
  const written: Record<string, string | Uint8Array> = {};
  const io: ReportIo = {
    readFile(path) {
      if (!Object.hasOwn(files, path)) throw new Error('ENOENT: no such file');
      return files[path]!;
    },
    writeFile: (path, data) => void (written[path] = data),
    writeBytes: (path, data) => void (written[path] = data),
    stdout: () => undefined,
    stdoutBytes: () => undefined,
    stderr: (t) => void err.push(t),
    loadCatalog: loadBundledCatalog,
    now: () => '2026-11-28T12:00:00Z',
    renderPdf,
  };
  return { io, err: () => err.join(''), written };
}
