/**
 * Schema 1 → 2: SP 800-125B became a bundled pack (threat-catalog/packs/), so its 15 items are
 * now named like every pack item, `<pack id>.<local id>` (`VM-NS-R1` → `sp800-125b.VM-NS-R1`),
 * and the workshop step that was the fixed `virtual-network` kind is a `pack` step naming the
 * pack. Every place a version-1 document stores a recommendation id is renamed, so no status,
 * evidence, tailoring decision or workshop record of those items is lost.
 */
import type { Migration } from './migration';

/** The pack that took over the items; its id is fixed by the shipped pack file. */
export const SP800_125B_PACK_ID = 'sp800-125b';
/** The ids version 1 used for the SP 800-125B items. */
const OLD_ID = /^VM-(?:NS|NPR|FW|TM)-R\d$/;

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

export function renameItemId(id: string): string {
  return OLD_ID.test(id) ? `${SP800_125B_PACK_ID}.${id}` : id;
}

/** `VM-NS-R1` or `VM-NS-R1@component`, renamed. */
function renameKey(key: string): string {
  const at = key.indexOf('@');
  return at < 0 ? renameItemId(key) : `${renameItemId(key.slice(0, at))}${key.slice(at)}`;
}

function renameRecord(record: unknown, renameEntry: (entry: Json) => Json): unknown {
  if (!isObject(record)) return record;
  return Object.fromEntries(
    Object.entries(record).map(([key, entry]) => [renameKey(key), isObject(entry) ? renameEntry(entry) : entry]),
  );
}

function withItemId(entry: Json): Json {
  return typeof entry.itemId === 'string' ? { ...entry, itemId: renameItemId(entry.itemId) } : entry;
}

function withRecommendationId(entry: Json): Json {
  return typeof entry.recommendationId === 'string'
    ? { ...entry, recommendationId: renameItemId(entry.recommendationId) }
    : entry;
}

function migrateStep(step: unknown): unknown {
  if (!isObject(step)) return step;
  const items = Array.isArray(step.items)
    ? step.items.map((i) => (typeof i === 'string' ? renameItemId(i) : i))
    : step.items;
  const kind = step.kind === 'virtual-network' ? { kind: 'pack', packId: SP800_125B_PACK_ID } : {};
  return { ...step, ...kind, items };
}

function migrateSummary(summary: unknown): unknown {
  if (!isObject(summary)) return summary;
  const list = (v: unknown) => (Array.isArray(v) ? v.map((x) => (isObject(x) ? withItemId(x) : x)) : v);
  return {
    ...summary,
    decisions: list(summary.decisions),
    actions: list(summary.actions),
    openQuestions: list(summary.openQuestions),
  };
}

function migrateWorkshop(w: Json): Json {
  return {
    ...w,
    agenda: Array.isArray(w.agenda) ? w.agenda.map(migrateStep) : w.agenda,
    ...(typeof w.currentItemId === 'string' ? { currentItemId: renameItemId(w.currentItemId) } : {}),
    log: isObject(w.log)
      ? Object.fromEntries(Object.entries(w.log).map(([k, e]) => [k, isObject(e) ? withItemId(e) : e]))
      : w.log,
    ...(w.summary !== undefined ? { summary: migrateSummary(w.summary) } : {}),
  };
}

export const migration0001: Migration = {
  id: '0001-sp800-125b-pack',
  from: 1,
  up(document) {
    const next: Json = {
      ...document,
      schemaVersion: 2,
      assessment: renameRecord(document.assessment, withRecommendationId),
    };
    if (document.tailoring !== undefined) next.tailoring = renameRecord(document.tailoring, withRecommendationId);
    if (isObject(document.workshops)) {
      next.workshops = Object.fromEntries(
        Object.entries(document.workshops).map(([k, w]) => [k, isObject(w) ? migrateWorkshop(w) : w]),
      );
    }
    return next;
  },
};
