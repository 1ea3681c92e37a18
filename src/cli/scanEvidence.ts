/** `htw assess --scan FILE`: scan reports as evidence on the items the packs' crosswalks name (issue 19). */
import type { CatalogData } from '../domain/catalog/schema';
import { attachScanEvidence, mapScanResults } from '../domain/evidence/mapScanResults';
import { parseScanReport } from '../domain/evidence/parseScanReport';
import { ScanParseError } from '../domain/evidence/types';
import type { WorkbenchDocument } from '../domain/model/schema';
import type { CliIo } from './cliIo';
import { plural } from '../domain/text/plural';

/** The document with each report's evidence attached (in memory only), or undefined after a message. */
export function withScanEvidence(
  io: CliIo,
  document: WorkbenchDocument,
  catalog: CatalogData,
  files: readonly string[],
): WorkbenchDocument | undefined {
  let doc = document;
  let n = 0;
  const now = document.updatedAt;
  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      io.stderr(`htw: cannot read scan report ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return undefined;
    }
    let mapping;
    try {
      mapping = mapScanResults(parseScanReport(text, file), catalog);
    } catch (error) {
      if (!(error instanceof ScanParseError)) throw error;
      io.stderr(`htw: ${error.message}; nothing was assessed\n`);
      return undefined;
    }
    const { report } = mapping;
    const matchedResults = mapping.matches.reduce((sum, m) => sum + m.results.length, 0);
    io.stderr(
      `htw: ${file}: ${report.scanner}${report.host ? ` on ${report.host}` : ''}${report.date ? ` at ${report.date}` : ''}: ${report.results.length} results, ${report.results.length - mapping.unmatched.length} matched to ${plural(mapping.matches.length, 'item')}${matchedResults ? '' : ' (does a pack crosswalk these rule ids? add --pack)'}\n`,
    );
    if (mapping.unmatched.length > 0)
      io.stderr(`htw: ${file}: unmatched: ${mapping.unmatched.map((r) => `${r.ruleId} ${r.outcome}`).join(', ')}\n`);
    const attached = attachScanEvidence(doc, mapping, now, () => `scan-${++n}`);
    if (attached.skipped.length > 0)
      io.stderr(`htw: ${file}: not attached (evidence limit reached): ${attached.skipped.join(', ')}\n`);
    doc = attached.document;
  }
  return doc;
}
