/**
 * Commands that bring outside data into the open project: a platform configuration (merged,
 * or only the drift the user chose), scanner results as evidence, and a tailoring profile.
 * Each is one undo step whose diff names the records it added or changed.
 */
import { applyTailoringProfile as applyProfileOp, type TailoringProfile } from '../checklist/tailoring';
import {
  acceptScanSuggestion as acceptOp,
  attachScanEvidence as attachOp,
  type ScanMapping,
} from '../evidence/mapScanResults';
import { applyDrift as applyDriftOp } from '../import/applyDrift';
import type { DriftItem } from '../import/drift';
import { mergeImportIntoDocument, type ImportSummary } from '../import/mergeIntoDocument';
import type { ImportResult } from '../import/types';
import { changed, fromOperation, type Command } from './command';

/** Merges an imported configuration into the drawing; value: what was added, matched or skipped. */
export const mergeImport: Command<ImportResult, ImportSummary> = (doc, configured, { now, catalog }) => {
  const merged = mergeImportIntoDocument(doc, configured, catalog, now);
  return changed(doc, merged.document, merged.summary);
};

/** Takes over the differences the user chose between the configuration and the drawing. */
export const applyDrift: Command<{ configured: ImportResult; chosen: readonly DriftItem[] }> = fromOperation(
  (doc, { configured, chosen }, { now, catalog }) => applyDriftOp(doc, configured, chosen, catalog, now),
);

/** Attaches scanner results as evidence (ids from the id factory). */
export const attachScanEvidence: Command<ScanMapping> = fromOperation(
  (doc, mapping, { now, ids }) => attachOp(doc, mapping, now, ids).document,
);

/** Sets the status a scan suggested for an item, stamping the evidence as accepted. */
export const acceptScanSuggestion: Command<{ recommendationId: string; evidenceId: string }> = fromOperation(
  (doc, { recommendationId, evidenceId }, { now }) => acceptOp(doc, recommendationId, evidenceId, now),
);

/** Applies every tailoring decision of a profile exported from another project. */
export const applyTailoringProfile: Command<TailoringProfile> = fromOperation((doc, profile, { now }) =>
  applyProfileOp(doc, profile, now),
);
