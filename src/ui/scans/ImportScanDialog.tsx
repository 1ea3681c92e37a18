import { useMemo, useState } from 'react';
import { mapScanResults, type ScanMapping } from '../../domain/evidence/mapScanResults';
import { attachScanEvidence } from '../../domain/commands/importCommands';
import { parseScanReport } from '../../domain/evidence/parseScanReport';
import { ScanParseError } from '../../domain/evidence/types';
import { useWorkbench, useWorkbenchStore } from '../../store/hooks';
import { EditorDialog } from '../canvas/EditorDialog';

/**
 * "Import scan results": one report (XCCDF/ARF, CKL, CKLB, Lynis) is read and mapped through
 * the installed packs' crosswalks, previewed, and only on confirmation attached as evidence.
 * Statuses are not changed here; each item offers its suggestion to accept. A file that
 * cannot be read is refused with its line and path, and nothing is stored.
 */
export function ImportScanDialog({ onClose }: { onClose: () => void }) {
  const catalog = useWorkbench((s) => s.catalog);
  const store = useWorkbenchStore();
  const [mapping, setMapping] = useState<ScanMapping | null>(null);
  const [error, setError] = useState<string | null>(null);
  const titles = useMemo(() => new Map(catalog.recommendations.map((r) => [r.id, r.title])), [catalog]);

  const choose = async (file: File | undefined) => {
    setMapping(null);
    setError(null);
    if (!file) return;
    try {
      const report = parseScanReport(await file.text(), file.name);
      setMapping(mapScanResults(report, catalog));
    } catch (e) {
      if (!(e instanceof ScanParseError)) throw e;
      setError(`${e.message}. Nothing was imported.`);
    }
  };

  const confirm = () => {
    if (!mapping) return;
    store.getState().dispatch(attachScanEvidence, mapping);
    onClose();
  };

  const r = mapping?.report;
  const matched = mapping ? mapping.report.results.length - mapping.unmatched.length : 0;
  return (
    <EditorDialog
      title="Import scan results"
      onClose={onClose}
      className="import-dialog scan-dialog"
      testId="import-scan-dialog"
    >
      <p>
        OpenSCAP XCCDF results or ARF, DISA STIG Viewer checklists (.ckl, .cklb) or a Lynis report.dat. Results whose
        rule ids a pack&apos;s crosswalk names become evidence on those items, with a suggested status you accept per
        item.
      </p>
      <input
        type="file"
        data-testid="scan-file-input"
        aria-label="Scan report file"
        onChange={(e) => void choose(e.target.files?.[0])}
      />
      {error && (
        <p role="alert" className="form-error" data-testid="scan-error">
          {error}
        </p>
      )}
      {mapping && r && (
        <section data-testid="scan-preview" aria-label="Preview">
          <dl className="scan-facts">
            <dt>Scanner</dt>
            <dd>{r.scanner}</dd>
            <dt>Host</dt>
            <dd>{r.host ?? 'not stated'}</dd>
            <dt>Date</dt>
            <dd>{r.date ?? 'not stated'}</dd>
          </dl>
          <p data-testid="scan-summary">
            {r.results.length} results, {matched} matched to {mapping.matches.length}{' '}
            {mapping.matches.length === 1 ? 'item' : 'items'}
            {r.notSelected > 0 ? ` (${r.notSelected} rules not selected in the scan)` : ''}.
          </p>
          {mapping.matches.length > 0 && (
            <ul data-testid="scan-matches">
              {mapping.matches.map((m) => (
                <li key={m.itemId}>
                  <strong>{m.itemId}</strong> {titles.get(m.itemId) ?? ''}:{' '}
                  {m.results.map((x) => `${x.ruleId} ${x.outcome}`).join(', ')} —{' '}
                  {m.suggested
                    ? `suggested ${m.suggested === 'implemented' ? 'implemented' : 'not implemented'}`
                    : 'no suggestion'}
                </li>
              ))}
            </ul>
          )}
          {mapping.unmatched.length > 0 && (
            <details data-testid="scan-unmatched">
              <summary>{mapping.unmatched.length} results match no crosswalk (listed, not imported)</summary>
              <ul>
                {mapping.unmatched.slice(0, 200).map((x, i) => (
                  <li key={i}>
                    {x.ruleId} {x.outcome}
                  </li>
                ))}
              </ul>
            </details>
          )}
        </section>
      )}
      <div className="dialog-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          data-testid="scan-confirm"
          disabled={!mapping || mapping.matches.length === 0}
          onClick={confirm}
        >
          Attach evidence
        </button>
      </div>
    </EditorDialog>
  );
}
