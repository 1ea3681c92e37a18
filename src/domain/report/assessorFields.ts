/**
 * The assessor's fields beyond status, justification, evidence and owner/due (comments,
 * acceptance, verification) as labelled lines, shared by the PDF and Markdown so that every
 * field typed in the assessment reaches every format in the same words. Only recorded fields
 * give a line.
 */
export interface AssessorFieldSource {
  comments: string;
  approver: string;
  approvedAt: string;
  expiresAt: string;
  verifiedBy: string;
  verifiedAt: string;
}

export interface AssessorFieldLine {
  label: 'Comments' | 'Accepted by' | 'Verified by';
  text: string;
}

const joinPresent = (parts: readonly [string, string][]): string =>
  parts
    .filter(([, value]) => value.trim() !== '')
    .map(([prefix, value]) => `${prefix}${value}`)
    .join(' ');

/** The recorded comments, acceptance (approver, approval date, expiry) and verification (who, when). */
export function assessorFieldLines(entry: AssessorFieldSource): AssessorFieldLine[] {
  const out: AssessorFieldLine[] = [];
  if (entry.comments.trim() !== '') out.push({ label: 'Comments', text: entry.comments });
  if (entry.approver.trim() !== '' || entry.approvedAt !== '' || entry.expiresAt !== '') {
    out.push({
      label: 'Accepted by',
      text: joinPresent([
        ['', entry.approver.trim() === '' ? '—' : entry.approver],
        ['on ', entry.approvedAt],
        ['until ', entry.expiresAt],
      ]),
    });
  }
  if (entry.verifiedBy.trim() !== '' || entry.verifiedAt !== '') {
    out.push({
      label: 'Verified by',
      text: joinPresent([
        ['', entry.verifiedBy.trim() === '' ? '—' : entry.verifiedBy],
        ['on ', entry.verifiedAt],
      ]),
    });
  }
  return out;
}
