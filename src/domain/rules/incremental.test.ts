/**
 * Incremental evaluation (issue 17): `evaluate` and `evaluateVerdicts` keep the outcomes of
 * rules that read only a component's own attributes per component object, so after an edit
 * only replaced components (and rules that read links, nesting or counts) are evaluated
 * again. Property: after any sequence of edits, the results equal a full evaluation of the
 * same model made of fresh objects (so nothing can come from the per-component cache).
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { CatalogData } from '../catalog/schema';
import type { WorkbenchDocument } from '../model/schema';
import { loadBundledCatalog } from '../catalog/catalogSource';
import {
  addComponents,
  addConnections,
  removeComponents,
  removeConnections,
  updateComponents,
} from '../model/operations';
import { evaluate, evaluateVerdicts, explicitAnswers } from './evaluate';
import { fixtureCatalog } from '../../test/fixtures/engineCatalog';
import { attributesArb, componentArb, connectionArb, documentArb } from '../../test/fixtures/arbitraryDocument';
import { generateBenchPlatform } from '../../test/fixtures/benchPlatform';

const NOW = '2026-03-01T12:00:00Z';
const bundled = loadBundledCatalog();

/** The full evaluation: every component and connection a new object, so no cache answers. */
function full(doc: WorkbenchDocument, catalog: CatalogData) {
  const fresh = structuredClone({ components: doc.components, connections: doc.connections });
  const findings = evaluate(fresh, catalog);
  return { findings, answers: explicitAnswers(findings), verdicts: evaluateVerdicts(fresh, catalog) };
}

function incremental(doc: WorkbenchDocument, catalog: CatalogData) {
  const findings = evaluate(doc, catalog);
  return { findings, answers: explicitAnswers(findings), verdicts: evaluateVerdicts(doc, catalog) };
}

/** One random edit of `doc`, as the editor makes them (new objects for what changes only). */
function editArb(doc: WorkbenchDocument, catalog: CatalogData, n: number): fc.Arbitrary<WorkbenchDocument> {
  const ids = Object.keys(doc.components);
  const connectionIds = Object.keys(doc.connections);
  const options: fc.Arbitrary<WorkbenchDocument>[] = [
    componentArb(catalog, `new${n}`, ids).map((c) => addComponents(doc, [c], NOW)),
  ];
  if (ids.length > 0) {
    const pick = fc.constantFrom(...ids);
    options.push(
      // An attribute edit: new values for the component's own attributes.
      pick.chain((id) => {
        const type = catalog.componentTypes.find((t) => t.id === doc.components[id]!.type)!;
        return attributesArb(type.attributes).map((attributes) => updateComponents(doc, { [id]: { attributes } }, NOW));
      }),
      pick.map((id) => updateComponents(doc, { [id]: { name: `renamed ${n}` } }, NOW)),
      // Reparent (refused when it would make a cycle) or take out of its container.
      fc
        .tuple(pick, fc.option(pick, { nil: undefined }))
        .map(([id, parentId]) => updateComponents(doc, { [id]: { parentId } }, NOW)),
      pick.map((id) => removeComponents(doc, [id], NOW)),
      connectionArb(catalog, `link${n}`, ids).map((k) => addConnections(doc, [k], NOW)),
    );
  }
  if (connectionIds.length > 0)
    options.push(fc.constantFrom(...connectionIds).map((id) => removeConnections(doc, [id], NOW)));
  return fc.oneof(...options);
}

/** A starting document, then `steps` edits, each applied to the previous result. */
function editSequenceArb(start: fc.Arbitrary<WorkbenchDocument>, catalog: CatalogData, steps: number) {
  return start.chain((doc) => {
    let arb: fc.Arbitrary<WorkbenchDocument[]> = fc.constant([doc]);
    for (let i = 0; i < steps; i++)
      arb = arb.chain((docs) => editArb(docs.at(-1)!, catalog, i).map((next) => [...docs, next]));
    return arb;
  });
}

/**
 * The bundled catalog plus rules whose links read nesting (a boundary crossed, a peer inside
 * a host): these may never be kept on the neighbourhood alone.
 */
const template = bundled.rules.find((r) => r.id === 'R-VM-FROM-IMAGE')!;
const withStructuralLinks: CatalogData = {
  ...bundled,
  rules: [
    ...bundled.rules,
    {
      ...template,
      id: 'R-ZZ-CROSSES',
      when: {
        connected: { via: ['image-pull', 'runs-on', 'network-link'], direction: 'any', where: { crossesBoundary: {} } },
      },
    },
    {
      ...template,
      id: 'R-ZZ-PEER-INSIDE',
      when: {
        connected: {
          via: ['runs-on', 'network-link', 'data-flow'],
          direction: 'any',
          peer: { inside: ['physical-host'] },
        },
      },
    },
  ],
};

describe.each([
  ['bundled catalog', bundled],
  ['fixture catalog', fixtureCatalog],
  ['bundled catalog with links that read nesting', withStructuralLinks],
] as [string, CatalogData][])('incremental evaluation (%s)', (_name, catalog) => {
  it('after every edit of a random sequence, findings, explicit answers and verdicts equal a full evaluation', () => {
    fc.assert(
      fc.property(editSequenceArb(documentArb(catalog, 10, 12), catalog, 6), (docs) => {
        for (const doc of docs) expect(incremental(doc, catalog)).toEqual(full(doc, catalog));
      }),
      { numRuns: 60 },
    );
  });
});

describe('incremental evaluation on a generated platform', () => {
  const base = generateBenchPlatform({ size: 200, catalog: { id: bundled.id, version: bundled.version } });

  it('an edit of one VM reuses the other components’ findings and still equals a full evaluation', () => {
    const before = evaluate(base, bundled);
    const edited = updateComponents(base, { 'vm3-1': { attributes: { antiMalware: true } } }, NOW);
    const after = evaluate(edited, bundled);
    expect(after).not.toBe(before);
    expect({ findings: after, answers: explicitAnswers(after), verdicts: evaluateVerdicts(edited, bundled) }).toEqual(
      full(edited, bundled),
    );
    // An untouched component: equal findings, those of its own-attribute rules the very same objects.
    const untouched = (fs: readonly { componentId: string }[]) => fs.filter((f) => f.componentId === 'vm7-4');
    expect(untouched(after)).toEqual(untouched(before));
    expect(untouched(after).filter((f, i) => f === untouched(before)[i]).length).toBeGreaterThan(0);
    // ... and the edited one's findings changed.
    expect(after.filter((f) => f.componentId === 'vm3-1')).not.toEqual(before.filter((f) => f.componentId === 'vm3-1'));
  });

  it('a new link changes a neighbour-reading rule on a component that itself did not change', () => {
    const unlinked = removeConnections(
      base,
      Object.values(base.connections)
        .filter((c) => c.source === 'vm2-0' || c.target === 'vm2-0')
        .map((c) => c.id),
      NOW,
    );
    const a = evaluate(unlinked, bundled);
    const relinked = addConnections(
      unlinked,
      [{ id: 'again', type: 'runs-on', source: 'vm2-0', target: 'k2', label: '', attributes: {} }],
      NOW,
    );
    const b = evaluate(relinked, bundled);
    expect(unlinked.components['vm2-0']).toBe(relinked.components['vm2-0']);
    expect(b.filter((f) => f.componentId === 'vm2-0')).toEqual(
      full(relinked, bundled).findings.filter((f) => f.componentId === 'vm2-0'),
    );
    expect(a).toEqual(full(unlinked, bundled).findings);
  });
});

describe('incremental evaluation of links that read nesting', () => {
  it('a host moved into a trust boundary makes a VM’s unchanged image-pull link cross it', () => {
    const base = generateBenchPlatform({ size: 100, catalog: { id: bundled.id, version: bundled.version } });
    const withLibrary = addConnections(
      addComponents(
        base,
        [
          {
            id: 'tb',
            type: 'trust-boundary',
            name: 'Zone',
            notes: '',
            position: { x: 0, y: 0 },
            size: { width: 100, height: 100 },
            attributes: { zone: 'dmz' },
          },
          { id: 'lib', type: 'image-library', name: 'Images', notes: '', position: { x: 0, y: 0 }, attributes: {} },
        ],
        NOW,
      ),
      [{ id: 'pull', type: 'image-pull', source: 'vm2-0', target: 'lib', label: '', attributes: {} }],
      NOW,
    );
    const crosses = (doc: WorkbenchDocument) =>
      evaluate(doc, withStructuralLinks).some((f) => f.componentId === 'vm2-0' && f.ruleId === 'R-ZZ-CROSSES');
    expect(crosses(withLibrary)).toBe(false);
    const moved = updateComponents(withLibrary, { h2: { parentId: 'tb' } }, NOW);
    expect(moved.components['vm2-0']).toBe(withLibrary.components['vm2-0']);
    expect(crosses(moved)).toBe(true);
    expect(incremental(moved, withStructuralLinks)).toEqual(full(moved, withStructuralLinks));
  });
});
