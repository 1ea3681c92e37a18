/**
 * Ended workshops for the report. The workshop feature defines `document.workshops` later;
 * until then its records are `unknown`, so they are read defensively: only string fields
 * that look like a title, a date, participants and decisions are taken, anything else is
 * ignored, and a record counts only once it has ended.
 */
import type { WorkbenchDocument } from '../model/schema';
import type { WorkshopSummary } from './reportModel';

const MAX_ITEMS = 200;

function str(value: unknown): string {
  return typeof value === 'string' ? value.slice(0, 2000) : '';
}

function firstString(record: Record<string, unknown>, keys: readonly string[]): string {
  for (const key of keys) {
    const value = str(record[key]);
    if (value.trim() !== '') return value;
  }
  return '';
}

/** Strings of an array of strings or of objects with a name/text/title field. */
function strings(value: unknown, keys: readonly string[]): string[] {
  if (!Array.isArray(value)) return [];
  const out: string[] = [];
  for (const item of value.slice(0, MAX_ITEMS)) {
    if (typeof item === 'string') out.push(item.slice(0, 2000));
    else if (item !== null && typeof item === 'object') {
      const text = firstString(item as Record<string, unknown>, keys);
      if (text) out.push(text);
    }
  }
  return out.filter((s) => s.trim() !== '');
}

function hasEnded(record: Record<string, unknown>): boolean {
  return record.status === 'ended' || record.status === 'closed' || (typeof record.endedAt === 'string' && record.endedAt !== '');
}

/** The ended workshops of `document`, oldest first. Never throws, whatever the records hold. */
export function readEndedWorkshops(document: WorkbenchDocument): WorkshopSummary[] {
  const raw: unknown = (document as { workshops?: unknown }).workshops;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) return [];
  const out: WorkshopSummary[] = [];
  for (const [id, value] of Object.entries(raw as Record<string, unknown>)) {
    if (value === null || typeof value !== 'object' || Array.isArray(value)) continue;
    const record = value as Record<string, unknown>;
    if (!hasEnded(record)) continue;
    out.push({
      id,
      title: firstString(record, ['title', 'name']) || `Workshop ${id}`,
      date: firstString(record, ['endedAt', 'startedAt', 'date']).slice(0, 10),
      participants: strings(record.participants, ['name', 'displayName']),
      decisions: strings(record.decisions ?? record.notes, ['text', 'title', 'summary']),
    });
  }
  return out.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : 1));
}
