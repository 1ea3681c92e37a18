import type { AssessmentEntry } from '../../domain/model/schema';
import { isAcceptanceExpired, isOverdue } from '../../domain/checklist/assessmentWorkflow';
import { todayIso } from './statusOptions';
import { plural } from '../../domain/text/plural';

/** One line under a closed item: owner, due date, evidence count, verification, and what has run out. */
export function EntrySummary({ entries }: { entries: AssessmentEntry[] }) {
  if (entries.length === 0) return null;
  const today = todayIso();
  const owners = [...new Set(entries.map((e) => e.owner).filter((o) => o !== ''))];
  const due = entries
    .map((e) => e.dueDate)
    .filter((d) => d !== '')
    .sort()[0];
  const evidence = entries.reduce((n, e) => n + e.evidence.length, 0);
  const verified = entries.some((e) => e.verifiedBy !== '');
  const expired = entries.some((e) => isAcceptanceExpired(e, today));
  const overdue = entries.some((e) => isOverdue(e, today));
  const parts: string[] = [];
  if (owners.length > 0) parts.push(`Owner ${owners.join(', ')}`);
  if (due) parts.push(`due ${due}`);
  if (evidence > 0) parts.push(plural(evidence, 'piece of evidence', 'pieces of evidence'));
  if (verified) parts.push('verified');
  if (parts.length === 0 && !expired && !overdue) return null;
  return (
    <p className="entry-summary" data-testid="entry-summary">
      {parts.join(' · ')}
      {overdue && <span className="flag flag-danger">overdue</span>}
      {expired && <span className="flag flag-danger">acceptance expired</span>}
    </p>
  );
}
