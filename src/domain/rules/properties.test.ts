/**
 * Property tests of the engine, against the bundled catalog and the fixture catalog.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CatalogData } from '../catalog/schema';
import type { Component, Connection, WorkbenchDocument } from '../model/schema';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { listTemplates, loadTemplate } from '../catalog/templates';
import {
  addComponents,
  addConnections,
  removeComponents,
  removeConnections,
  updateComponents,
} from '../model/operations';
import { setAssessment } from '../checklist/assessmentOps';
import { evaluate } from './evaluate';
import { assess } from './assess';
import { fixtureCatalog } from '../../test/fixtures/engineCatalog';
import { attributesArb, componentArb, connectionArb, documentArb } from '../../test/fixtures/arbitraryDocument';
import { ASSESSMENT_STATUSES } from '../model/schema';

const bundled = loadBundledCatalog();
const catalogs: [string, CatalogData][] = [
  ['bundled catalog', bundled],
  ['fixture catalog', fixtureCatalog],
];
const NOW = '2026-03-01T12:00:00Z';

/** The same records with keys inserted in reverse order, deep-copied. */
function reshuffled(doc: WorkbenchDocument): WorkbenchDocument {
  const copy = structuredClone(doc);
  const reverse = <T>(r: Record<string, T>) => Object.fromEntries(Object.entries(r).reverse());
  return {
    ...copy,
    components: reverse(copy.components),
    connections: reverse(copy.connections),
    assessment: reverse(copy.assessment),
  };
}

function pairs(doc: WorkbenchDocument, catalog: CatalogData) {
  const out = new Map<string, string>();
  for (const f of evaluate(doc, catalog)) out.set(`${f.componentId} ${f.ruleId}`, f.applicability);
  return out;
}

describe.each(catalogs)('engine properties (%s)', (_name, catalog) => {
  it('the same input always gives the same output, whatever the key order', () => {
    fc.assert(
      fc.property(documentArb(catalog), (doc) => {
        const a = assess(doc, catalog);
        const b = assess(reshuffled(doc), catalog);
        expect(b).not.toBe(a);
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: 60 },
    );
  });

  it("adding a component (and a connection to it) never removes another component's findings", () => {
    const arb = documentArb(catalog).chain((doc) => {
      const ids = Object.keys(doc.components);
      return fc.tuple(
        fc.constant(doc),
        componentArb(catalog, 'added', ids),
        fc.option(connectionArb(catalog, 'added-link', [...ids, 'added']), { nil: undefined }),
      );
    });
    fc.assert(
      fc.property(arb, ([doc, added, link]) => {
        const before = pairs(doc, catalog);
        let next = addComponents(doc, [added], NOW);
        if (link) next = addConnections(next, [link], NOW);
        const after = pairs(next, catalog);
        for (const [key, applicability] of before) {
          // Applicable stays applicable; needs-input may become applicable, never disappear.
          expect(after.has(key), key).toBe(true);
          if (applicability === 'applicable') expect(after.get(key), key).toBe('applicable');
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe('HY-SR-6C follows device assignment', () => {
  it('bundled catalog: a passthrough device or SR-IOV VF assigned to a VM always brings HY-SR-6C', () => {
    const arb = documentArb(bundled).chain((doc) =>
      fc.tuple(
        fc.constant(doc),
        fc.constantFrom('passthrough-device', 'sriov-vf', 'sriov-device'),
        fc.constantFrom('passthrough', 'sriov-vf'),
        fc.constantFrom('guest-vm', 'management-vm', 'device-driver-vm', 'security-virtual-appliance'),
        attributesArb(bundled.componentTypes.find((t) => t.id === 'guest-vm')!.attributes),
      ),
    );
    fc.assert(
      fc.property(arb, ([doc, deviceType, mode, vmType, vmAttributes]) => {
        const host: Component = {
          id: 'p-host',
          type: 'physical-host',
          name: 'Host',
          notes: '',
          position: { x: 0, y: 0 },
          attributes: {},
        };
        const vm: Component = {
          id: 'p-vm',
          type: vmType,
          name: 'VM',
          notes: '',
          position: { x: 0, y: 0 },
          parentId: 'p-host',
          attributes: vmType === 'guest-vm' ? vmAttributes : {},
        };
        const device: Component = {
          id: 'p-dev',
          type: deviceType,
          name: 'Device',
          notes: '',
          position: { x: 0, y: 0 },
          parentId: 'p-host',
          attributes: {},
        };
        const assignment: Connection = {
          id: 'p-as',
          type: 'device-assignment',
          source: 'p-dev',
          target: 'p-vm',
          label: '',
          attributes: { mode },
        };
        const next = addConnections(addComponents(doc, [host, vm, device], NOW), [assignment], NOW);
        const item = assess(next, bundled).checklist.find((i) => i.recommendationId === 'HY-SR-6C')!;
        expect(item.applicability).toBe('applicable');
        expect(item.components).toContain('p-vm');
        expect(
          item.reasons.some(
            (r) => r.componentId === 'p-vm' && r.text.startsWith('HY-SR-6C applies: Device is linked to VM by'),
          ),
        ).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('fixture catalog: the same on the device side', () => {
    const arb = documentArb(fixtureCatalog).chain((doc) =>
      fc.tuple(fc.constant(doc), fc.constantFrom('passthrough', 'sr-iov')),
    );
    fc.assert(
      fc.property(arb, ([doc, mode]) => {
        const vm: Component = {
          id: 'p-vm',
          type: 'guest-vm',
          name: 'VM',
          notes: '',
          position: { x: 0, y: 0 },
          attributes: {},
        };
        const device: Component = {
          id: 'p-dev',
          type: 'pci-device',
          name: 'Device',
          notes: '',
          position: { x: 0, y: 0 },
          attributes: {},
        };
        const assignment: Connection = {
          id: 'p-as',
          type: 'device-assignment',
          source: 'p-dev',
          target: 'p-vm',
          label: '',
          attributes: { mode },
        };
        const next = addConnections(addComponents(doc, [vm, device], NOW), [assignment], NOW);
        const item = assess(next, fixtureCatalog).checklist.find((i) => i.recommendationId === 'HY-SR-6C')!;
        expect(item.applicability).toBe('applicable');
        expect(item.components).toContain('p-dev');
      }),
      { numRuns: 40 },
    );
  });
});

type Edit =
  | { kind: 'add'; component: Component }
  | { kind: 'remove'; index: number }
  | { kind: 'attr'; index: number; value: boolean | null }
  | { kind: 'link'; link: Connection }
  | { kind: 'unlink'; index: number }
  | { kind: 'status'; rec: number; scopeIndex: number; status: (typeof ASSESSMENT_STATUSES)[number] };

describe('assessment state survives model edits', () => {
  it('random edit sequences never lose or change a saved status', () => {
    const recIds = bundled.recommendations.map((r) => r.id);
    const editArb = (step: number): fc.Arbitrary<Edit> =>
      fc.oneof(
        componentArb(bundled, `e${step}`, []).map((component) => ({ kind: 'add' as const, component })),
        fc.nat().map((index) => ({ kind: 'remove' as const, index })),
        fc
          .record({ index: fc.nat(), value: fc.option(fc.boolean(), { nil: null }) })
          .map((e) => ({ kind: 'attr' as const, ...e })),
        fc
          .record({ s: fc.nat(), t: fc.nat(), mode: fc.constantFrom('passthrough', 'emulated', null) })
          .map(({ s, t, mode }) => ({
            kind: 'link' as const,
            link: {
              id: `l${step}`,
              type: 'device-assignment',
              source: `#${s}`,
              target: `#${t}`,
              label: '',
              attributes: { mode },
            },
          })),
        fc.nat().map((index) => ({ kind: 'unlink' as const, index })),
        fc
          .record({
            rec: fc.nat({ max: recIds.length - 1 }),
            scopeIndex: fc.integer({ min: -1, max: 40 }),
            status: fc.constantFrom(...ASSESSMENT_STATUSES),
          })
          .map((e) => ({ kind: 'status' as const, ...e })),
      );
    const arb = fc
      .tuple(documentArb(bundled, 10, 10), fc.array(fc.nat(), { minLength: 1, maxLength: 25 }))
      .chain(([doc, steps]) => fc.tuple(fc.constant(doc), fc.tuple(...steps.map((_, i) => editArb(i)))));
    fc.assert(
      fc.property(arb, ([start, edits]) => {
        let doc = start;
        const saved = new Map<string, string>();
        const pick = <T>(list: T[], index: number): T | undefined =>
          list.length === 0 ? undefined : list[index % list.length];
        for (const edit of edits) {
          const ids = Object.keys(doc.components);
          switch (edit.kind) {
            case 'add':
              doc = addComponents(doc, [edit.component], NOW);
              break;
            case 'remove': {
              const id = pick(ids, edit.index);
              if (id) doc = removeComponents(doc, [id], NOW);
              break;
            }
            case 'attr': {
              const id = pick(ids, edit.index);
              const type = bundled.componentTypes.find((t) => t.id === doc.components[id ?? '']?.type);
              const attr = type?.attributes.find((a) => a.type === 'boolean');
              if (id && attr) doc = updateComponents(doc, { [id]: { attributes: { [attr.id]: edit.value } } }, NOW);
              break;
            }
            case 'link': {
              const source = pick(ids, Number(edit.link.source.slice(1)));
              const target = pick(ids, Number(edit.link.target.slice(1)));
              if (source && target) doc = addConnections(doc, [{ ...edit.link, source, target }], NOW);
              break;
            }
            case 'unlink': {
              const id = pick(Object.keys(doc.connections), edit.index);
              if (id) doc = removeConnections(doc, [id], NOW);
              break;
            }
            case 'status': {
              const rec = recIds[edit.rec]!;
              const scope = edit.scopeIndex < 0 ? 'platform' : (pick(ids, edit.scopeIndex) ?? 'platform');
              doc = setAssessment(doc, rec, scope, { status: edit.status }, NOW);
              saved.set(scope === 'platform' ? rec : `${rec}@${scope}`, edit.status);
              break;
            }
          }
          // Every saved status is still in the document, unchanged...
          expect(Object.keys(doc.assessment).sort()).toEqual([...saved.keys()].sort());
          for (const [key, status] of saved) expect(doc.assessment[key]?.status).toBe(status);
          // ...and shown exactly once: in its checklist item or as orphaned.
          const a = assess(doc, bundled);
          const shown = [
            ...a.checklist.flatMap((i) =>
              i.entries.map((e) => (e.scope === 'platform' ? e.recommendationId : `${e.recommendationId}@${e.scope}`)),
            ),
            ...a.orphaned.map((o) => o.key),
          ].sort();
          expect(shown).toEqual([...saved.keys()].sort());
        }
      }),
      { numRuns: 40 },
    );
  });
});

describe('every fact counts, on every template (issue 14)', () => {
  const templates = listTemplates().map((t) => [t.id, loadTemplate(t.id)] as const);
  const applicability = (doc: WorkbenchDocument) =>
    new Map(assess(doc, bundled).checklist.map((i) => [i.recommendationId, i.applicability]));
  /** Not applicable is only ever said on a stated fact, naming a component that exists. */
  const onlyStatedNotApplicable = (doc: WorkbenchDocument) => {
    for (const item of assess(doc, bundled).checklist) {
      for (const reason of item.reasons)
        if (reason.componentId !== undefined) expect(doc.components[reason.componentId], reason.text).toBeDefined();
      for (const e of item.evidence) expect(doc.components[e.componentId], e.text).toBeDefined();
      if (item.applicability !== 'not-applicable') continue;
      for (const reason of item.reasons)
        expect(reason.text, item.recommendationId).toMatch(/ not applicable to .+: the model states /);
    }
  };

  it.each(templates)('%s: replacing any attribute value by unknown never excuses an item', (_id, template) => {
    const stated = Object.values(template.components).flatMap((c) =>
      Object.entries(c.attributes)
        .filter(([, v]) => v !== null)
        .map(([attribute]) => ({ id: c.id, attribute })),
    );
    const before = applicability(template);
    fc.assert(
      fc.property(fc.subarray(stated, { minLength: 1 }), (forgotten) => {
        const patch: Record<string, { attributes: Record<string, null> }> = {};
        for (const { id, attribute } of forgotten)
          patch[id] = { attributes: { ...patch[id]?.attributes, [attribute]: null } };
        const doc = updateComponents(template, patch, NOW);
        const after = applicability(doc);
        for (const [rec, was] of before)
          if (was !== 'not-applicable') expect(after.get(rec), rec).not.toBe('not-applicable');
        onlyStatedNotApplicable(doc);
      }),
      { numRuns: 40 },
    );
  });

  it.each(templates)(
    '%s: deleting components never excuses an item by absence, and verdicts are deterministic',
    (_id, template) => {
      const ids = Object.keys(template.components);
      fc.assert(
        fc.property(fc.subarray(ids, { minLength: 1, maxLength: 4 }), (removed) => {
          const doc = removeComponents(template, removed, NOW);
          onlyStatedNotApplicable(doc);
          // What was applicable or asked may now be excused only by a stated fact elsewhere.
          const a = assess(doc, bundled);
          expect(JSON.stringify(assess(reshuffled(doc), bundled).checklist)).toBe(JSON.stringify(a.checklist));
        }),
        { numRuns: 30 },
      );
    },
  );
});
