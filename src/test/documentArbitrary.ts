/**
 * fast-check arbitraries for storage tests: valid documents against the bundled catalog's
 * types, and bad project files of every kind the importer must refuse.
 */
import fc from 'fast-check';
import type { CatalogData } from '../domain/catalog/schema';
import { emptyAssessmentEntry } from '../domain/checklist/assessmentOps';
import {
  ASSESSMENT_STATUSES,
  CURRENT_SCHEMA_VERSION,
  DOCUMENT_FORMAT,
  assessmentKey,
  type WorkbenchDocument,
} from '../domain/model/schema';

// Text people type, including markup-looking, right-to-left and astral characters; none hostile.
const TEXT_UNITS = [...Array.from('abcXYZ 019-_.<>&"\'/\\é漢עב🙂\n\t\r\f=+@'), '\u2067', '\u2069', '\u202B', '\u202C'];
export const userText = (max: number, min = 0) =>
  fc.string({ unit: fc.constantFrom(...TEXT_UNITS), minLength: min, maxLength: max });
// Keys named like prototype members are refused on import by policy; minted ids never are.
const id = fc
  .stringMatching(/^[A-Za-z0-9_-]{1,12}$/)
  .filter((s) => !['__proto__', 'constructor', 'prototype'].includes(s));
const iso = fc
  .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-01-01T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString());
const day = iso.map((s) => s.slice(0, 10));
// JSON has no negative zero: -0 is written as 0 (see roundTrip.test.ts), so generated numbers avoid it.
const finite = (min: number, max: number) =>
  fc.double({ noNaN: true, noDefaultInfinity: true, min, max }).map((v) => (v === 0 ? 0 : v));
const attributeValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -1e6, max: 1e6 }),
  finite(-1e9, 1e9),
  userText(30),
);

export function documentArbitrary(
  catalog: Pick<CatalogData, 'id' | 'version' | 'componentTypes' | 'connectionTypes' | 'recommendations'>,
): fc.Arbitrary<WorkbenchDocument> {
  const componentTypes = catalog.componentTypes.map((t) => t.id);
  const connectionTypes = catalog.connectionTypes.map((t) => t.id);
  const recommendations = catalog.recommendations.map((r) => r.id);
  return fc
    .record({
      docId: id,
      name: userText(40, 1),
      createdAt: iso,
      updatedAt: iso,
      components: fc.uniqueArray(
        fc.record({
          id,
          type: fc.constantFrom(...componentTypes),
          name: userText(30, 1),
          notes: userText(60),
          x: fc.integer({ min: -5000, max: 5000 }),
          y: finite(-5000, 5000),
          sized: fc.boolean(),
          attributes: fc.dictionary(fc.stringMatching(/^[a-z][a-zA-Z-]{0,10}$/), attributeValue, { maxKeys: 4 }),
          parentPick: fc.nat(),
        }),
        { selector: (c) => c.id, maxLength: 12 },
      ),
      connections: fc.array(
        fc.record({ id, type: fc.constantFrom(...connectionTypes), s: fc.nat(), t: fc.nat(), label: userText(20) }),
        { maxLength: 10 },
      ),
      entries: fc.array(
        fc.record({
          rec: fc.constantFrom(...recommendations),
          scopePick: fc.nat(),
          status: fc.constantFrom(...ASSESSMENT_STATUSES),
          text: userText(50),
          due: fc.option(day),
          at: iso,
        }),
        { maxLength: 6 },
      ),
    })
    .map((r) => {
      const doc: WorkbenchDocument = {
        format: DOCUMENT_FORMAT,
        schemaVersion: CURRENT_SCHEMA_VERSION,
        id: r.docId,
        name: r.name,
        createdAt: r.createdAt,
        updatedAt: r.updatedAt,
        catalog: { id: catalog.id, version: catalog.version },
        scope: { assessor: '', organisation: 'Org', description: r.name, assumptions: '' },
        components: {},
        connections: {},
        assessment: {},
        workshops: {},
      };
      const ids = r.components.map((c) => c.id);
      r.components.forEach((c, i) => {
        // Parents only among earlier components: no cycles.
        const parent = i > 0 && c.parentPick % 3 === 0 ? ids[c.parentPick % i] : undefined;
        doc.components[c.id] = {
          id: c.id,
          type: c.type,
          name: c.name,
          notes: c.notes,
          position: { x: c.x, y: c.y },
          ...(c.sized ? { size: { width: 420, height: 260 } } : {}),
          ...(parent ? { parentId: parent } : {}),
          attributes: c.attributes,
        };
      });
      if (ids.length > 0) {
        for (const c of r.connections) {
          if (c.id in doc.connections) continue;
          doc.connections[c.id] = {
            id: c.id,
            type: c.type,
            source: ids[c.s % ids.length]!,
            target: ids[c.t % ids.length]!,
            label: c.label,
            attributes: {},
          };
        }
      }
      for (const e of r.entries) {
        const scope = ids.length > 0 && e.scopePick % 2 === 1 ? ids[e.scopePick % ids.length]! : 'platform';
        doc.assessment[assessmentKey(e.rec, scope)] = {
          ...emptyAssessmentEntry(e.rec, scope, e.at),
          status: e.status,
          justification: e.text,
          evidence: [{ id: 'ev1', kind: 'note', text: e.text, addedAt: e.at }],
          dueDate: e.due ?? '',
        };
      }
      return doc;
    });
}

const HOSTILE = ['\u0000', '\u0007', '\u001B[31m', '\u202E', '\u202D', '\uD800', '\uDFFF'];
const FORBIDDEN = ['__proto__', 'constructor', 'prototype'];

/** One way to spoil a valid export; each yields a file the importer must refuse. */
export function badProjectFileArbitrary(
  valid: fc.Arbitrary<WorkbenchDocument>,
): fc.Arbitrary<{ kind: string; text: string }> {
  const asJson = (doc: unknown) => JSON.stringify(doc, null, 2);
  const mutate = (kind: string, change: (doc: Record<string, unknown>, pick: number) => void) =>
    fc.tuple(valid, fc.nat()).map(([doc, pick]) => {
      const copy = JSON.parse(JSON.stringify(doc)) as Record<string, unknown>;
      change(copy, pick);
      return { kind, text: asJson(copy) };
    });
  const firstComponent = (doc: Record<string, unknown>) =>
    Object.values(doc.components as Record<string, Record<string, unknown>>)[0];
  return fc.oneof(
    // Not JSON at all, or JSON cut short.
    fc
      .string({ maxLength: 200 })
      .filter((s) => {
        try {
          JSON.parse(s);
          return false;
        } catch {
          return true;
        }
      })
      .map((text) => ({ kind: 'not-json', text })),
    fc.tuple(valid, fc.nat()).map(([doc, n]) => {
      const t = asJson(doc);
      return { kind: 'truncated', text: t.slice(0, n % (t.length - 1)) };
    }),
    // Other JSON: other formats, arrays, primitives.
    fc
      .oneof(
        fc.json(),
        fc.constant('{"format":"owasp-threat-dragon","version":"2.0"}'),
        fc.constant('{"format":"hypervisor-threat-workbench/backup"}'),
      )
      .filter((t) => {
        const v = JSON.parse(t) as { format?: unknown };
        return typeof v !== 'object' || v === null || v.format !== DOCUMENT_FORMAT;
      })
      .map((text) => ({ kind: 'other-format', text })),
    mutate('newer-schema', (d, p) => {
      d.schemaVersion = CURRENT_SCHEMA_VERSION + 1 + (p % 50);
    }),
    mutate('bad-schema-version', (d, p) => {
      d.schemaVersion = [0, -1, 1.5, '1', null][p % 5];
    }),
    mutate('unknown-type', (d) => {
      d.components = {
        ...(d.components as object),
        zz: { id: 'zz', type: 'not-a-catalog-type', name: 'x', notes: '', position: { x: 0, y: 0 }, attributes: {} },
      };
    }),
    mutate('hostile-string', (d, p) => {
      d.name = `ok${HOSTILE[p % HOSTILE.length]}ok`;
    }),
    mutate('hostile-string-deep', (d, p) => {
      const c = firstComponent(d);
      if (c) c.notes = `n${HOSTILE[p % HOSTILE.length]}`;
      else d.name = HOSTILE[p % HOSTILE.length];
    }),
    mutate('invalid', (d, p) => {
      const broken: [string, unknown][] = [
        ['name', ''],
        ['createdAt', 'yesterday'],
        ['components', []],
        ['scope', null],
        ['catalog', 'x'],
        ['extra', 1],
      ];
      const [k, v] = broken[p % broken.length]!;
      d[k] = v;
    }),
    mutate('dangling', (d) => {
      d.components = {
        ...(d.components as object),
        orphan: {
          id: 'orphan',
          type: 'guest-vm',
          name: 'x',
          notes: '',
          position: { x: 0, y: 0 },
          parentId: 'nowhere',
          attributes: {},
        },
      };
    }),
    fc.tuple(valid, fc.nat()).map(([doc, p]) => {
      // Prototype keys inserted as text: JSON.stringify would drop a real __proto__ key.
      const key = FORBIDDEN[p % FORBIDDEN.length]!;
      const text = asJson(doc).replace('"scope": {', `"scope": {"${key}": {"isAdmin": true},`);
      return { kind: 'forbidden-key', text };
    }),
    fc.tuple(valid, fc.integer({ min: 70, max: 3000 })).map(([doc, depth]) => ({
      kind: 'too-deep',
      text: asJson({ ...doc, workshops: { w: JSON.parse(`${'['.repeat(depth)}${']'.repeat(depth)}`) } }),
    })),
    fc.constant(0).map(() => ({ kind: 'too-deep-raw', text: '['.repeat(100_000) })),
  );
}
