/**
 * Exports for other threat-modelling tools (issue 21): the file is made first, read only, so
 * its loss report can be shown before anything is downloaded.
 */
import { describeLossReport } from '../../domain/interchange/lossReport';
import {
  exportEntry,
  exportInterchange,
  reportFileName,
  type InterchangeExportFormat,
} from '../../domain/export/registry';
import type { WorkbenchState } from '../../store/createWorkbenchStore';
import { downloadBlob } from '../shared/downloadBlob';

export interface PreparedExport {
  format: InterchangeExportFormat;
  fileName: string;
  text: string;
  mediaType: string;
  /** The loss report's title line. */
  heading: string;
  /** One line per thing the format cannot hold. */
  losses: string[];
  /** What the file holds, for the dialog. */
  counts: string;
}

export function prepareInterchangeExport(
  state: Pick<WorkbenchState, 'document' | 'catalog'>,
  format: InterchangeExportFormat,
  today: string,
): PreparedExport {
  const { text, losses, counts } = exportInterchange(format, state.document, state.catalog);
  const [heading, ...lines] = describeLossReport(losses);
  const info = exportEntry(format);
  return {
    format,
    fileName: reportFileName(state.document.name, today, format),
    text,
    mediaType: info.mediaType,
    heading: heading!,
    losses: lines.map((l) => l.replace(/^- /, '')),
    counts,
  };
}

export function downloadPrepared(prepared: PreparedExport): void {
  downloadBlob(prepared.fileName, prepared.text, prepared.mediaType);
}
