/**
 * `htw serve [--port 4173] [--host 127.0.0.1] [--data DIR] [--dist DIR]`: the built app and
 * its live-workshop sync endpoint on one origin (issue 20). Runs until SIGINT or SIGTERM, then
 * writes every open room before exiting.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { UsageError, errorMessage, scanArgs } from './cliArgs';
import { startLiveServer } from './serve/liveServer';

export const SERVE_HELP = `htw serve - the workbench and live workshops for several machines

Usage:
  htw serve [--port 4173] [--host 127.0.0.1] [--data ./htw-rooms] [--dist DIR]

  Serves the built app and a sync endpoint (/sync) on one origin. Rooms are kept as files in
  --data, so a restart loses nothing. --host 0.0.0.0 lets other machines join (put TLS in
  front of it beyond a trusted network).
`;

export interface ServeArgs {
  port: number;
  host: string;
  dataDir: string;
  distDir: string;
}

export function parseServeArgs(args: readonly string[], packageRoot: string): ServeArgs {
  const parsed: ServeArgs = {
    port: 4173,
    host: '127.0.0.1',
    dataDir: resolve('htw-rooms'),
    distDir: resolve(packageRoot, 'dist'),
  };
  const positional = scanArgs(args, (name, takeValue) => {
    switch (name) {
      case '--port': {
        const value = takeValue();
        const port = /^\d{1,5}$/.test(value) ? Number(value) : NaN;
        if (!(port >= 0 && port <= 65535))
          throw new UsageError(`--port must be a number from 0 to 65535, not "${value}"`);
        parsed.port = port;
        break;
      }
      case '--host':
        parsed.host = takeValue();
        break;
      case '--data':
        parsed.dataDir = resolve(takeValue());
        break;
      case '--dist':
        parsed.distDir = resolve(takeValue());
        break;
      default:
        throw new UsageError(`unknown option ${name}`);
    }
  });
  if (positional.length > 0) throw new UsageError(`serve takes no file, got ${positional.join(' ')}`);
  return parsed;
}

/** The package folder: `dist-cli/htw.mjs` lives one level below it. */
function packageRoot(): string {
  return resolve(fileURLToPath(new URL('.', import.meta.url)), '..');
}

export async function runServe(args: readonly string[]): Promise<number> {
  if (args.includes('--help') || args.includes('-h')) {
    process.stdout.write(SERVE_HELP);
    return 0;
  }
  let parsed: ServeArgs;
  try {
    parsed = parseServeArgs(args, packageRoot());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`htw: ${error.message}\n\n${SERVE_HELP}`);
    return 2;
  }
  try {
    const server = await startLiveServer({ ...parsed, log: (line) => process.stderr.write(`htw serve: ${line}\n`) });
    process.stdout.write(`htw serve: http://${parsed.host}:${server.port}/ (rooms in ${parsed.dataDir})\n`);
    await new Promise<void>((done) => {
      const stop = () => {
        void server.close().then(done);
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    return 0;
  } catch (error) {
    process.stderr.write(`htw: cannot serve: ${errorMessage(error)}\n`);
    return 2;
  }
}
