/**
 * The backup file: every project with its snapshots (and, when present, evidence
 * attachments as base64), in one JSON file. Restoring reads and checks the whole file first;
 * a single bad project refuses the file, so nothing is half-restored.
 */
import { z } from '../zod';
import type { WorkbenchDocument } from '../model/schema';
import type { ImportError, ImportResult } from './importErrors';
import { formatJsonPath } from './jsonPath';
import { readDocument, type TypeCatalog } from './readDocument';
import { DEFAULT_JSON_LIMITS, parseUntrustedJson } from './untrustedJson';
import { BACKUP_FORMAT, CURRENT_BACKUP_VERSION } from './backupFormat';

export const MAX_BACKUP_FILE_BYTES = 200 * 1024 * 1024;

export interface BackupSnapshot {
  id: string;
  name: string;
  createdAt: string;
  document: WorkbenchDocument;
}

export interface BackupAttachment {
  id: string;
  projectId: string;
  name: string;
  mediaType: string;
  size: number;
  /** The file's bytes, base64-encoded. */
  data: string;
}

export interface BackupProject {
  document: WorkbenchDocument;
  snapshots: BackupSnapshot[];
}

export interface Backup {
  format: typeof BACKUP_FORMAT;
  backupVersion: number;
  createdAt: string;
  projects: BackupProject[];
  attachments: BackupAttachment[];
}

const id = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/));
const isoDateTime = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/));

const EnvelopeSchema = z.strictObject({
  format: z.literal(BACKUP_FORMAT),
  backupVersion: z.number().check(z.int(), z.gte(1)),
  createdAt: isoDateTime,
  projects: z
    .array(
      z.strictObject({
        document: z.unknown(),
        snapshots: z
          .array(
            z.strictObject({
              id,
              name: z.string().check(z.minLength(1), z.maxLength(200)),
              createdAt: isoDateTime,
              document: z.unknown(),
            }),
          )
          .check(z.maxLength(1000)),
      }),
    )
    .check(z.maxLength(10_000)),
  attachments: z._default(
    z.array(
      z.strictObject({
        id,
        projectId: id,
        name: z.string().check(z.maxLength(500)),
        mediaType: z.string().check(z.maxLength(200)),
        size: z.number().check(z.int(), z.nonnegative()),
        data: z.string().check(z.regex(/^[A-Za-z0-9+/]*={0,2}$/)),
      }),
    ),
    [],
  ),
});

/** Builds the backup object; `serializeBackup` writes it. Pure. */
export function buildBackup(projects: BackupProject[], attachments: BackupAttachment[], createdAt: string): Backup {
  return { format: BACKUP_FORMAT, backupVersion: CURRENT_BACKUP_VERSION, createdAt, projects, attachments };
}

export function serializeBackup(backup: Backup): string {
  return `${JSON.stringify(backup)}\n`;
}

function underPath(error: ImportError, prefix: PropertyKey[]): ImportError {
  if (!('path' in error)) return error;
  const inner = error.path === '(top level)' ? '' : error.path.startsWith('[') ? error.path : `.${error.path}`;
  return { ...error, path: `${formatJsonPath(prefix)}${inner}` };
}

/**
 * Reads a backup file. Every project and snapshot passes the same migrate-and-validate path
 * as a single imported project; the first problem refuses the whole file, naming where.
 */
export function readBackupFile(text: string, catalog: TypeCatalog, byteLength?: number): ImportResult<Backup> {
  // Attachments are long base64 strings; the schema still caps every text field of the documents.
  const parsed = parseUntrustedJson(
    text,
    { ...DEFAULT_JSON_LIMITS, maxBytes: MAX_BACKUP_FILE_BYTES, maxStringLength: MAX_BACKUP_FILE_BYTES },
    byteLength,
  );
  if (!parsed.ok) return parsed;
  const value = parsed.value as Record<string, unknown> | null;
  if (value === null || typeof value !== 'object' || Array.isArray(value) || value.format !== BACKUP_FORMAT) {
    const format = value !== null && typeof value === 'object' && !Array.isArray(value) ? value.format : undefined;
    const found =
      typeof format === 'string' && format.endsWith('/document')
        ? 'a single project (use "Import project" instead)'
        : typeof format === 'string'
          ? `a file of format "${format.slice(0, 80)}"`
          : 'not a workbench backup file';
    return { ok: false, error: { kind: 'other-format', found } };
  }
  if (typeof value.backupVersion === 'number' && value.backupVersion > CURRENT_BACKUP_VERSION) {
    return {
      ok: false,
      error: { kind: 'newer-schema', found: value.backupVersion, supported: CURRENT_BACKUP_VERSION },
    };
  }
  const envelope = EnvelopeSchema.safeParse(value);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    return {
      ok: false,
      error: {
        kind: 'invalid',
        path: formatJsonPath(issue.path),
        message: issue.message,
        more: envelope.error.issues.length - 1,
      },
    };
  }
  const projects: BackupProject[] = [];
  const seen = new Set<string>();
  for (const [i, project] of envelope.data.projects.entries()) {
    const document = readDocument(project.document, catalog);
    if (!document.ok) return { ok: false, error: underPath(document.error, ['projects', i, 'document']) };
    if (seen.has(document.value.id)) {
      return {
        ok: false,
        error: {
          kind: 'invalid',
          path: formatJsonPath(['projects', i, 'document', 'id']),
          message: `the project id "${document.value.id}" appears twice`,
          more: 0,
        },
      };
    }
    seen.add(document.value.id);
    const snapshots: BackupSnapshot[] = [];
    for (const [j, snapshot] of project.snapshots.entries()) {
      const snapshotDocument = readDocument(snapshot.document, catalog);
      if (!snapshotDocument.ok)
        return { ok: false, error: underPath(snapshotDocument.error, ['projects', i, 'snapshots', j, 'document']) };
      snapshots.push({
        id: snapshot.id,
        name: snapshot.name,
        createdAt: snapshot.createdAt,
        document: snapshotDocument.value,
      });
    }
    projects.push({ document: document.value, snapshots });
  }
  return {
    ok: true,
    value: {
      format: BACKUP_FORMAT,
      backupVersion: CURRENT_BACKUP_VERSION,
      createdAt: envelope.data.createdAt,
      projects,
      attachments: envelope.data.attachments,
    },
  };
}
