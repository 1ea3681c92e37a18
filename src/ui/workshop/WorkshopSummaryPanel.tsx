import { useMemo } from 'react';
import { useWorkbench } from '../../store/hooks';
import type { Workshop } from '../../domain/model/schema';
import { summarizeWorkshop } from '../../domain/workshop/summarizeWorkshop';
import { workshopToMarkdown } from '../../domain/workshop/workshopToMarkdown';
import { ROLE_LABEL, STATUS_LABELS } from './labels';

function download(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/markdown;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  // Revoke after the click has been handled, or the download may find no blob.
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

function fileNameFor(title: string, startedAt: string): string {
  const slug =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'workshop';
  return `${slug}-${startedAt.slice(0, 10)}.md`;
}

/** A workshop's summary (decisions, actions, open questions, attendance) and its Markdown export. */
export function WorkshopSummaryPanel({ workshop }: { workshop: Workshop }) {
  const document = useWorkbench((s) => s.document);
  const catalog = useWorkbench((s) => s.catalog);
  const summary = useMemo(() => summarizeWorkshop(workshop, document, catalog), [workshop, document, catalog]);
  return (
    <section className="ws-card ws-summary" aria-label={`Summary of ${workshop.title}`} data-testid="workshop-summary">
      <div className="ws-item-head">
        <h3>
          {workshop.title}{' '}
          <span className="ws-muted">
            {workshop.startedAt.slice(0, 10)} · {summary.durationMinutes} min
          </span>
        </h3>
        <button
          type="button"
          onClick={() => download(fileNameFor(workshop.title, workshop.startedAt), workshopToMarkdown(summary))}
        >
          Export summary as Markdown
        </button>
      </div>
      <p className="ws-muted">
        Attendance: {summary.attendance.map((a) => `${a.name} (${ROLE_LABEL[a.role]})`).join(', ')}
      </p>
      <h4>Decisions ({summary.decisions.length})</h4>
      <ul className="ws-compact" data-testid="summary-decisions">
        {summary.decisions.map((d, i) => (
          <li key={i}>
            {d.itemId && <code>{d.itemId}</code>} {d.status && <strong>{STATUS_LABELS[d.status]}</strong>} {d.text}
            {d.approver && <span className="ws-muted"> · approved by {d.approver}</span>}
            {d.expiresAt && <span className="ws-muted"> until {d.expiresAt}</span>}
            {d.owner && <span className="ws-muted"> · owner {d.owner}</span>}
            {d.dueDate && <span className="ws-muted"> · due {d.dueDate}</span>}
          </li>
        ))}
      </ul>
      <h4>Actions ({summary.actions.length})</h4>
      <ul className="ws-compact" data-testid="summary-actions">
        {summary.actions.map((a, i) => (
          <li key={i}>
            {a.itemId && <code>{a.itemId}</code>} {a.text}
            {a.owner && <span className="ws-muted"> · owner {a.owner}</span>}
            {a.dueDate && <span className="ws-muted"> · due {a.dueDate}</span>}
          </li>
        ))}
      </ul>
      <h4>Open questions ({summary.openQuestions.length})</h4>
      <ul className="ws-compact" data-testid="summary-questions">
        {summary.openQuestions.map((q, i) => (
          <li key={i}>
            {q.itemId && <code>{q.itemId}</code>} {q.text} <span className="ws-muted">· {q.by}</span>
          </li>
        ))}
      </ul>
      {summary.parkedTopics.length > 0 && (
        <>
          <h4>Parking lot ({summary.parkedTopics.length})</h4>
          <ul className="ws-compact">
            {summary.parkedTopics.map((t, i) => (
              <li key={i}>{t.text}</li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
