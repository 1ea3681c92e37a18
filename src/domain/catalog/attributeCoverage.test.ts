/**
 * Every attribute the palette offers either decides something (a rule or a verdict rule reads
 * it) or says why it is only informational. A fact the user states must never be silently
 * ignored (issue 14).
 */
import { describe, expect, it } from 'vitest';
import type { Condition } from './schema';
import { loadBundledCatalog } from './catalogSource';

const catalog = loadBundledCatalog();

/** Attribute ids a condition reads, by the component or connection types it reads them on. */
function readAttributes(condition: Condition, subjects: readonly string[], out: Set<string>): void {
  if ('all' in condition) condition.all.forEach((c) => readAttributes(c, subjects, out));
  else if ('any' in condition) condition.any.forEach((c) => readAttributes(c, subjects, out));
  else if ('not' in condition) readAttributes(condition.not, subjects, out);
  else if ('attr' in condition) for (const s of subjects) out.add(`${s}.${condition.attr}`);
  else if ('connected' in condition) {
    const c = condition.connected;
    if (c.where) readAttributes(c.where, c.via, out);
    if (c.peer) readAttributes(c.peer, c.peerTypes ?? [], out);
  } else if ('contains' in condition) {
    if (condition.contains.where) readAttributes(condition.contains.where, condition.contains.types, out);
  } else if ('count' in condition) {
    if (condition.count.where) readAttributes(condition.count.where, condition.count.types, out);
  } else if ('inBoundary' in condition || 'crossesBoundary' in condition) {
    out.add('trust-boundary.zone');
  }
}

function attributesRead(): Set<string> {
  const read = new Set<string>();
  for (const rule of catalog.rules) if (rule.when) readAttributes(rule.when, rule.appliesTo, read);
  for (const verdict of catalog.verdicts) readAttributes(verdict.when, verdict.appliesTo, read);
  return read;
}

describe('every attribute counts', () => {
  const read = attributesRead();
  const all = [
    ...catalog.componentTypes.flatMap((t) => t.attributes.map((a) => ({ key: `${t.id}.${a.id}`, spec: a }))),
    ...catalog.connectionTypes.flatMap((t) => t.attributes.map((a) => ({ key: `${t.id}.${a.id}`, spec: a }))),
  ];

  it('is read by a rule or a verdict rule, or declared informational with a reason', () => {
    const silent = all.filter(({ key, spec }) => !read.has(key) && !spec.informational).map(({ key }) => key);
    expect(silent).toEqual([]);
  });

  it('is never both read and declared informational', () => {
    expect(all.filter(({ key, spec }) => read.has(key) && spec.informational).map(({ key }) => key)).toEqual([]);
  });

  it('reports how many attributes are read and how many are informational', () => {
    const informational = all.filter(({ spec }) => spec.informational).length;
    // Both kinds exist; the note of issue 14 quotes these figures.
    expect(read.size).toBeGreaterThan(informational);
    console.info(
      `attributes: ${all.length}; read by rules or verdicts: ${all.length - informational}; informational: ${informational}`,
    );
  });
});
