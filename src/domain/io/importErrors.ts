/**
 * Why a file (or a stored row) was refused. One variant per cause, each carrying where the
 * problem is, so the message can name both; `describeImportError` is the only place that
 * turns them into words.
 */
import { describeCycle } from '../model/containment';
import { formatBytes } from '../text/formatBytes';

export type ImportError =
  | { kind: 'empty' }
  | { kind: 'not-utf8'; offset: number }
  | { kind: 'other-encoding'; encoding: string; byteOrderMark: boolean }
  | { kind: 'too-large'; bytes: number; limit: number }
  | { kind: 'not-json'; detail: string; line?: number; column?: number }
  | { kind: 'too-deep'; limit: number; line: number; column: number }
  | { kind: 'forbidden-key'; key: string; path: string }
  | { kind: 'hostile-string'; path: string; reason: string }
  | { kind: 'other-format'; found: string }
  | { kind: 'newer-schema'; found: number; supported: number }
  | { kind: 'bad-schema-version'; found: string }
  | { kind: 'migration-failed'; from: number; message: string }
  | { kind: 'invalid'; path: string; message: string; more: number }
  | { kind: 'unknown-type'; what: 'component' | 'connection'; type: string; path: string; more: number }
  | { kind: 'dangling-reference'; path: string; missing: string }
  | { kind: 'too-many'; what: 'components' | 'connections'; count: number; limit: number }
  | { kind: 'containment-cycle'; path: string; cycle: string[] }
  /** A file in another tool's format (OTM, ...) that breaks that format's rules; `path` is in that file. */
  | { kind: 'invalid-interchange'; format: string; path: string; message: string; more: number };

export type ImportResult<T> = { ok: true; value: T } | { ok: false; error: ImportError };

function plusMore(more: number): string {
  return more > 0 ? ` (and ${more} more)` : '';
}

/** A sentence for the user: what is wrong and where. `subject` names the file ("backup.json"). */
export function describeImportError(error: ImportError, subject = 'The file'): string {
  switch (error.kind) {
    case 'empty':
      return `${subject} is empty.`;
    case 'not-utf8':
      return `${subject} is not valid UTF-8: the bytes at offset ${error.offset} do not form a character. Save it as UTF-8 and try again.`;
    case 'other-encoding':
      return `${subject} is encoded as ${error.encoding}${error.byteOrderMark ? ' (it starts with that byte-order mark)' : ''}, not UTF-8. Save it as UTF-8 and try again.`;
    case 'too-large':
      return `${subject} is too large: ${formatBytes(error.bytes)}, the limit is ${formatBytes(error.limit)}.`;
    case 'not-json':
      return error.line !== undefined
        ? `${subject} is not valid JSON: ${error.detail} at line ${error.line}, column ${error.column}.`
        : `${subject} is not valid JSON: ${error.detail}.`;
    case 'too-deep':
      return `${subject} is nested too deeply (more than ${error.limit} levels) at line ${error.line}, column ${error.column}.`;
    case 'forbidden-key':
      return `${subject} contains the forbidden key "${error.key}" at ${error.path}.`;
    case 'hostile-string':
      return `${subject} contains text that is refused at ${error.path}: ${error.reason}.`;
    case 'other-format':
      return `${subject} is not a Hypervisor Threat Workbench project: it is ${error.found}.`;
    case 'newer-schema':
      return `${subject} was written by a newer version of the workbench (schema version ${error.found}; this version reads up to ${error.supported}). Update the workbench to open it.`;
    case 'bad-schema-version':
      return `${subject} has an invalid schemaVersion: ${error.found}.`;
    case 'migration-failed':
      return `${subject} could not be upgraded from schema version ${error.from}: ${error.message}.`;
    case 'invalid':
      return `${subject} is not a valid project at ${error.path}: ${error.message}${plusMore(error.more)}.`;
    case 'unknown-type':
      return `${subject} uses the unknown ${error.what} type "${error.type}" at ${error.path}${plusMore(error.more)}; the threat catalog has no such type.`;
    case 'dangling-reference':
      return `${subject} refers to the missing component "${error.missing}" at ${error.path}.`;
    case 'too-many':
      return `${subject} has too many ${error.what}: ${error.count}, the limit is ${error.limit}.`;
    case 'containment-cycle':
      return `${subject} nests components inside each other in a cycle at ${error.path}: ${describeCycle(error.cycle)}. A component cannot be inside itself.`;
    case 'invalid-interchange':
      return `${subject} is not a valid ${error.format} file at ${error.path}: ${error.message}${plusMore(error.more)}.`;
  }
}
