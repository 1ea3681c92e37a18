import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { describeImportError } from '../../io/importErrors';
import { DocumentSchema } from '../../model/schema';
import { bundledTypeMap } from '../bundledTypeMap';
import { importThreatDragon } from './fromThreatDragon';
import { threatDragonFileText, toThreatDragon } from './toThreatDragon';
import { shippedTemplates } from '../../../test/fixtures/reportDocuments';
import { expectFlaggedUnmapped } from '../../../test/unmappedExpectations';

const catalog = loadBundledCatalog();
const options = { id: 'from-td', now: '2026-12-03T12:00:00Z', typeMap: bundledTypeMap() };
const kvm = DocumentSchema.parse(JSON.parse(shippedTemplates().find((t) => t.id === 'kvm-libvirt')!.text));

/** A Threat Dragon v2 model as a team might draw it (hand-made). */
function drawn() {
  const node = (id: string, shape: string, type: string, name: string, x: number, y: number, w = 160, h = 80) => ({
    id,
    shape,
    zIndex: 1,
    position: { x, y },
    size: { width: w, height: h },
    data: { type, name, hasOpenThreats: false },
  });
  return {
    version: '2.3.0',
    summary: { title: 'Drawn in Threat Dragon', owner: 'Team' },
    detail: {
      contributors: [],
      diagramTop: 1,
      reviewer: '',
      threatTop: 0,
      diagrams: [
        {
          id: 0,
          title: 'Main',
          diagramType: 'STRIDE',
          thumbnail: '',
          version: '2.3.0',
          cells: [
            node('box', 'trust-boundary-box', 'tm.BoundaryBox', 'Rack 1', 0, 0, 800, 500),
            node('hv', 'process', 'tm.Process', 'Hypervisor', 40, 60),
            node('vm', 'process', 'tm.Process', 'Web VM', 300, 60),
            node('db', 'store', 'tm.Store', 'Customer data', 40, 300),
            node('user', 'actor', 'tm.Actor', 'Operator', 1000, 60),
            {
              id: 'curve',
              shape: 'trust-boundary-curve',
              zIndex: 2,
              data: { type: 'tm.Boundary', hasOpenThreats: false },
            },
            {
              id: 'f1',
              shape: 'flow',
              zIndex: 3,
              source: { cell: 'user' },
              target: { cell: 'vm' },
              data: {
                type: 'tm.Flow',
                name: 'HTTPS',
                hasOpenThreats: true,
                threats: [
                  {
                    title: 'Spoofing',
                    type: 'Spoofing',
                    status: 'Open',
                    severity: 'High',
                    description: '',
                    mitigation: '',
                  },
                ],
              },
            },
          ],
        },
      ],
    },
  };
}

describe('Threat Dragon v2 import', () => {
  it('creates elements of unknown kind as Unmapped components, not guest VMs, keeping the kind and flagged for review', () => {
    const result = importThreatDragon(JSON.stringify(drawn()), catalog, options);
    if (!result.ok) throw new Error(describeImportError(result.error));
    for (const id of ['user', 'vm']) expectFlaggedUnmapped(result.value.document, catalog, id, /.+/);
  });

  it('maps names and kinds with the table, nests elements in the boxes drawn around them, flags the rest', () => {
    const result = importThreatDragon(JSON.stringify(drawn()), catalog, options);
    if (!result.ok) throw new Error(describeImportError(result.error));
    const { document, review, losses } = result.value;
    expect(document.components['box']).toMatchObject({ type: 'trust-boundary', size: { width: 800, height: 500 } });
    expect(document.components['hv']).toMatchObject({
      type: 'hypervisor-kernel',
      parentId: 'box',
      position: { x: 40, y: 60 },
    });
    expect(document.components['db']).toMatchObject({ type: 'storage', parentId: 'box' });
    expect(document.components['user']!.parentId).toBeUndefined();
    expect(review.map((r) => r.componentId).sort()).toEqual(['user', 'vm']);
    expect(document.connections['f1']).toMatchObject({
      source: 'user',
      target: 'vm',
      label: 'HTTPS',
      type: 'data-flow',
    });
    expect(losses.items.map((i) => [i.key, i.count])).toEqual([
      ['threats', 1],
      ['curves', 1],
      ['review', 2],
    ]);
  });

  it('our own Threat Dragon export comes back with every component, its nesting, names and connections', () => {
    const result = importThreatDragon(threatDragonFileText(toThreatDragon(kvm, catalog).model), catalog, options);
    if (!result.ok) throw new Error(describeImportError(result.error));
    const back = result.value.document;
    expect(Object.keys(back.components).sort()).toEqual(Object.keys(kvm.components).sort());
    for (const [id, c] of Object.entries(kvm.components)) {
      expect(back.components[id]!.name).toBe(c.name);
      if (c.type === 'trust-boundary' || c.type === 'physical-host') expect(back.components[id]!.size).toEqual(c.size);
    }
    expect(back.components['uefi']!.parentId).toBe('kvm-node-01');
    expect(back.components['kvm-node-01']!.parentId).toBe('rack-a');
    expect(
      Object.values(back.connections)
        .map((c) => [c.source, c.target])
        .sort(),
    ).toEqual(
      Object.values(kvm.connections)
        .map((c) => [c.source, c.target])
        .sort(),
    );
  });

  const refusals: [string, (m: ReturnType<typeof drawn>) => void, RegExp][] = [
    [
      'a flow to nowhere',
      (m) => ((m.detail.diagrams[0]!.cells[6] as { target: { cell: string } }).target.cell = 'ghost'),
      /at detail\.diagrams\[0\]\.cells\[6\]\.target: names "ghost"/,
    ],
    ['version 1', (m) => (m.version = '1.6.1'), /at version: this importer reads Threat Dragon version 2/],
    ['no title', (m) => (m.summary.title = ''), /at summary\.title/],
  ];
  it.each(refusals)('refuses %s, naming the path', (_n, mutate, message) => {
    const model = drawn();
    mutate(model);
    const result = importThreatDragon(JSON.stringify(model), catalog, options);
    expect(!result.ok && describeImportError(result.error)).toMatch(message);
  });

  it('never throws on arbitrary values or a drawn model with one cell replaced', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({ i: fc.nat(6), v: fc.jsonValue() }).map(({ i, v }) => {
            const m = drawn();
            (m.detail.diagrams[0]!.cells as unknown[])[i] = v;
            return m;
          }),
        ),
        (value) => {
          const result = importThreatDragon(JSON.stringify(value), catalog, options);
          if (!result.ok) expect(describeImportError(result.error)).toMatch(/^The file .+\.$/s);
        },
      ),
      { numRuns: 200 },
    );
  });
});
