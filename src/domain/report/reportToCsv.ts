/**
 * The checklist of a report as CSV: one row per recommendation (its platform-wide record)
 * and one per component-scoped record. Every cell is quoted and defused against spreadsheet
 * formula injection (CWE-1236) by `csvCell`.
 */
import { toCsv } from '../checklist/formatChecklist';
import type { ReportEvidence, ReportModel } from './reportModel';
import { andMore } from '../text/plural';

export const REPORT_CSV_HEADER = [
  'Recommendation',
  'Title',
  'Baseline function',
  'Scope',
  'Applicability',
  'Status',
  'Risk',
  'Risk score',
  'Components',
  'Owner',
  'Due date',
  'Justification',
  'Evidence',
  'Reasons',
  'Comments',
  'Approver',
  'Approved on',
  'Expires on',
  'Verified by',
  'Verified on',
  'Model evidence',
  'Expired acceptance',
  'Tailoring',
  'Tailoring justification',
  'Tailoring approver',
] as const;

/** The assessor's remaining fields, in the header's order (appended so earlier columns keep their place). */
function assessorCells(e: {
  comments: string;
  approver: string;
  approvedAt: string;
  expiresAt: string;
  verifiedBy: string;
  verifiedAt: string;
}): string[] {
  return [e.comments, e.approver, e.approvedAt, e.expiresAt, e.verifiedBy, e.verifiedAt];
}

function evidenceText(evidence: readonly ReportEvidence[]): string {
  return evidence.map((e) => `${e.kind}: ${e.text}`).join(' | ');
}

/** CSV (RFC 4180, CRLF) of the report's checklist, in catalog order. */
export function reportToCsv(model: ReportModel): string {
  const rows: (string | number)[][] = [[...REPORT_CSV_HEADER]];
  for (const section of model.functions) {
    for (const r of section.recommendations) {
      const names = r.moreComponents > 0 ? [...r.components, andMore(r.moreComponents, 'component')] : r.components;
      rows.push([
        r.id,
        r.title,
        r.baselineFunction ?? '',
        'platform',
        r.applicabilityLabel,
        r.statusLabel,
        r.risk?.level ?? '',
        r.risk?.score ?? '',
        names.join('; '),
        r.owner,
        r.dueDate,
        r.justification,
        evidenceText(r.evidence),
        r.reasons.join(' | '),
        ...assessorCells(r),
        r.modelEvidenceText.join(' | '),
        r.expiredAcceptances.join('; '),
        r.tailoring?.label ?? '',
        r.tailoring?.justification ?? '',
        r.tailoring?.approver ?? '',
      ]);
      for (const e of r.componentEntries) {
        rows.push([
          r.id,
          r.title,
          r.baselineFunction ?? '',
          e.componentName,
          r.applicabilityLabel,
          e.statusLabel,
          '',
          '',
          e.componentName,
          e.owner,
          e.dueDate,
          e.justification,
          evidenceText(e.evidence),
          '',
          ...assessorCells(e),
          '',
          '',
          '',
          '',
          '',
        ]);
      }
    }
  }
  return toCsv(rows);
}
