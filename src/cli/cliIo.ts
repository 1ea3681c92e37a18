/**
 * What every `htw` command reads and writes through: files, the two output streams, the
 * shipped catalog and today's date. main.ts gives the real ones; tests give memory ones
 * (src/test/memoryCliIo.ts). Its own module, so commands and the dispatcher (runCli.ts) do
 * not import each other for it.
 */
import type { CatalogData } from '../domain/catalog/schema';

export interface CliIo {
  /** Reads a UTF-8 text file; throws (with a message) when it cannot. */
  readFile(path: string): string;
  writeFile(path: string, data: string): void;
  stdout(text: string): void;
  stderr(text: string): void;
  /** The catalog shipped with the tool. */
  loadCatalog(): CatalogData;
  version?: string;
  /** Today's date (YYYY-MM-DD), the default of `--as-of`; the system clock when absent. */
  today?(): string;
}
