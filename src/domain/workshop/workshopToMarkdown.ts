/**
 * The workshop summary as Markdown, for the facilitator to send round after the session.
 * Every piece of user text goes through `escapeMarkdown`: it stays text in any renderer.
 */
import { escapeMarkdown as md } from '../checklist/formatChecklist';
import { STATUS_LABELS } from '../checklist/status';
import type { WorkshopSummaryView } from './summarizeWorkshop';
import { plural } from '../text/plural';

const ROLE_LABEL = { facilitator: 'Facilitator', scribe: 'Scribe', participant: 'Participant' } as const;

/**
 * Renders `summary` as a Markdown document: heading, attendance, decisions, actions, open
 * questions, parking lot and time per step. Empty sections say "None." rather than vanish,
 * so a reader can tell "nothing decided" from "section missing".
 */
export function workshopToMarkdown(summary: WorkshopSummaryView): string {
  const lines: string[] = [];
  const when = summary.endedAt
    ? `${summary.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${summary.durationMinutes} min`
    : `${summary.startedAt.slice(0, 16).replace('T', ' ')} UTC, in progress (provisional summary)`;
  lines.push(
    `# Workshop summary: ${md(summary.title)}`,
    '',
    `Project: ${md(summary.projectName)}  `,
    `Held: ${when}`,
    '',
  );

  lines.push('## Attendance', '');
  section(
    lines,
    summary.attendance,
    (a) => `- ${md(a.name)} (${ROLE_LABEL[a.role]}), ${plural(a.contributions, 'entry', 'entries')}`,
  );

  lines.push('## Decisions', '');
  if (summary.decisions.length === 0) lines.push('None.', '');
  else {
    lines.push('| Item | Decision | Status | Owner | Due | By |', '| --- | --- | --- | --- | --- | --- |');
    for (const d of summary.decisions) {
      const item = d.itemId ? `${md(d.itemId)} ${md(d.itemTitle)}` : md(d.step);
      const acceptance =
        d.approver || d.expiresAt
          ? ` (approved by ${md(d.approver ?? '?')}${d.expiresAt ? ` until ${d.expiresAt}` : ''})`
          : '';
      const status = d.status ? `${STATUS_LABELS[d.status]}${acceptance}` : '';
      lines.push(`| ${item} | ${md(d.text)} | ${status} | ${md(d.owner)} | ${d.dueDate} | ${md(d.by)} |`);
    }
    lines.push('');
  }

  lines.push('## Actions', '');
  section(lines, summary.actions, (a) => {
    const who = a.owner
      ? ` (owner: ${md(a.owner)}${a.dueDate ? `, due ${a.dueDate}` : ''})`
      : a.dueDate
        ? ` (due ${a.dueDate})`
        : '';
    return `- [ ] ${a.itemId ? `${md(a.itemId)}: ` : ''}${md(a.text)}${who}`;
  });

  lines.push('## Open questions', '');
  section(
    lines,
    summary.openQuestions,
    (q) => `- ${q.itemId ? `${md(q.itemId)}: ` : ''}${md(q.text)} (asked by ${md(q.by)})`,
  );

  lines.push('## Parking lot', '');
  section(lines, summary.parkedTopics, (t) => `- ${md(t.text)} (${md(t.step)}, raised by ${md(t.by)})`);

  lines.push('## Agenda and time', '', '| Step | Time box (min) | Spent (min) |', '| --- | --- | --- |');
  for (const s of summary.stepsCovered) lines.push(`| ${md(s.title)} | ${s.timeboxMinutes} | ${s.spentMinutes} |`);
  lines.push('');
  return lines.join('\n');
}

function section<T>(lines: string[], items: readonly T[], line: (item: T) => string): void {
  if (items.length === 0) lines.push('None.');
  else for (const item of items) lines.push(line(item));
  lines.push('');
}
