/**
 * Argument scanning shared by `htw assess` and `htw report`: positionals, `--name value` and
 * `--name=value` options, `--` ending the options, and the gates of `--fail-on`.
 */
import { plural } from '../domain/text/plural';
import type { CatalogData } from '../domain/catalog/schema';
import type { CliIo } from './cliIo';

/** A mistake in how the command was called (exit 2, with the usage). */
export class UsageError extends Error {}

export type FailOn = 'gaps' | 'needs-input';

/**
 * Returns the positional arguments; calls `onOption(name, takeValue)` for each option in
 * order. `takeValue` reads the option's value (after `=` or as the next argument) and throws a
 * UsageError when there is none.
 */
export function scanArgs(args: readonly string[], onOption: (name: string, takeValue: () => string) => void): string[] {
  const positional: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--') {
      positional.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq >= 0 ? arg.slice(0, eq) : arg;
    onOption(name, () => {
      if (eq >= 0) return arg.slice(eq + 1);
      const next = args[++i];
      if (next === undefined || next.startsWith('--')) throw new UsageError(`${name} needs a value`);
      return next;
    });
  }
  return positional;
}

/** Adds the comma-separated gates of a `--fail-on` value to `into`. */
export function addFailOn(value: string, into: Set<FailOn>): void {
  for (const part of value.split(',')) {
    const v = part.trim();
    if (v !== 'gaps' && v !== 'needs-input') throw new UsageError(`--fail-on must be gaps or needs-input, not "${v}"`);
    into.add(v);
  }
}

/** Largest value `--max-components` / `--max-connections` accept. */
const MAX_RECORD_LIMIT = 1_000_000;

/**
 * Handles `--max-components N` and `--max-connections N`, which replace the declared limits
 * of a model (`LIMITS`) for this run, writing into `limits`. Returns false for other options.
 */
export function takeRecordLimit(
  name: string,
  takeValue: () => string,
  limits: { components: number; connections: number },
): boolean {
  const what = name === '--max-components' ? 'components' : name === '--max-connections' ? 'connections' : undefined;
  if (!what) return false;
  const value = takeValue();
  if (!/^\d{1,7}$/.test(value) || Number(value) < 1 || Number(value) > MAX_RECORD_LIMIT) {
    throw new UsageError(`${name} must be a whole number from 1 to ${MAX_RECORD_LIMIT}, not "${value}"`);
  }
  limits[what] = Number(value);
  return true;
}

/** What to add after an import error: how to raise a limit the model is over, or nothing. */
export function limitHint(error: { kind: string; what?: string }): string {
  return error.kind === 'too-many' ? `htw: pass --max-${error.what} N to read larger models.\n` : '';
}

/** The message of anything thrown. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * What `--fail-on` finds in an assessment summary, as a message ("3 gaps and 1 item needing
 * input"), or undefined when nothing it gates on is there.
 */
export function gateFailure(
  summary: {
    gaps: number;
    needsInput: number;
    unanswered?: number;
    contradicted?: number;
    expiredAcceptances?: number;
  },
  failOn: ReadonlySet<FailOn>,
): string | undefined {
  const { gaps } = summary;
  // An assessor's status on a needs-input item answers it (e.g. "not applicable" with a justification).
  const needsInput = summary.unanswered ?? summary.needsInput;
  const failures: string[] = [];
  if (failOn.has('gaps') && gaps > 0) {
    const why = [
      ...(summary.contradicted ? [`${summary.contradicted} contradicted by the model`] : []),
      ...(summary.expiredAcceptances ? [`${summary.expiredAcceptances} with an expired risk acceptance`] : []),
    ];
    failures.push(`${plural(gaps, 'gap')}${why.length > 0 ? ` (${why.join(', ')})` : ''}`);
  }
  if (failOn.has('needs-input') && needsInput > 0) failures.push(`${plural(needsInput, 'item')} needing input`);
  return failures.length > 0 ? failures.join(' and ') : undefined;
}

/** A `--as-of` value: a real calendar date written YYYY-MM-DD. */
export function parseAsOf(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!date || date.toISOString().slice(0, 10) !== value)
    throw new UsageError(`--as-of must be a date written YYYY-MM-DD, not "${value}"`);
  return value;
}

/** The bundled catalog, or undefined after saying on stderr why it could not be loaded (every command exits 2 then). */
export function bundledCatalog(io: Pick<CliIo, 'loadCatalog' | 'stderr'>): CatalogData | undefined {
  try {
    return io.loadCatalog();
  } catch (error) {
    io.stderr(`htw: cannot load the bundled catalog: ${errorMessage(error)}\n`);
    return undefined;
  }
}
