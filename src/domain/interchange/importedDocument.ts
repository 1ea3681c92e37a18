/**
 * The tail every model import shares (OTM, TM-BOM): the parts a format's reader mapped become
 * a project with the current schema and the given catalog, then pass `readDocument`, the same
 * strict check our own files pass.
 */
import type { CatalogData } from '../catalog/schema';
import type { ImportResult } from '../io/importErrors';
import { readDocument, type RecordLimits } from '../io/readDocument';
import {
  CURRENT_SCHEMA_VERSION,
  DOCUMENT_FORMAT,
  type Component,
  type Connection,
  type Scope,
  type WorkbenchDocument,
} from '../model/schema';

export interface ImportedParts {
  readonly name: string;
  readonly scope: Scope;
  readonly components: Map<string, Component>;
  readonly connections: Record<string, Connection>;
  /** Entries as the file holds them: `readDocument` checks their shape. */
  readonly assessment: Record<string, unknown>;
}

export function readImportedDocument(
  parts: ImportedParts,
  catalog: CatalogData,
  options: { id: string; now: string },
  recordLimits: RecordLimits,
): ImportResult<WorkbenchDocument> {
  const document = {
    format: DOCUMENT_FORMAT,
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id: options.id,
    name: parts.name,
    createdAt: options.now,
    updatedAt: options.now,
    catalog: { id: catalog.id, version: catalog.version },
    scope: parts.scope,
    components: Object.fromEntries(parts.components),
    connections: parts.connections,
    assessment: parts.assessment,
    workshops: {},
  };
  return readDocument(document, catalog, { recordLimits });
}
