import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { describeImportError } from '../../io/importErrors';
import { assessmentKey, type WorkbenchDocument } from '../../model/schema';
import { assess } from '../../rules/assess';
import { bundledTypeMap } from '../bundledTypeMap';
import { describeLossReport } from '../lossReport';
import { typeMapProblems } from '../typeMap';
import { importOtm } from './fromOtm';
import { otmFileText, toOtm } from './toOtm';
import { interchangeErrors, interchangeValidator } from '../../../test/interchangeSchemas';
import { hostileDocument } from '../../../test/fixtures/reportDocuments';
import { ASSESSED_AT, assessedEverywhere, templateDocuments } from '../../../test/interchangeRoundTrip';
import { expectFlaggedUnmapped } from '../../../test/unmappedExpectations';

const catalog = loadBundledCatalog();
const typeMap = bundledTypeMap();
const TIME = ASSESSED_AT;
const options = { id: 'imported-otm', now: TIME, typeMap };

/** A template with an entry on every applicable item (cycling statuses), per-component entries, evidence of each kind and attribute provenance. */
const templates = templateDocuments((document) =>
  assessedEverywhere(document, catalog, (i) => ({
    owner: i % 2 ? 'Platform team' : '',
    evidence: [
      { id: `n${i}`, kind: 'note', text: 'Checked in the console', addedAt: TIME },
      { id: `l${i}`, kind: 'link', text: 'https://wiki.example/hardening', addedAt: TIME },
    ],
  })),
);

function roundTrip(document: WorkbenchDocument) {
  const text = otmFileText(toOtm(document, catalog).otm);
  const back = importOtm(text, catalog, options);
  if (!back.ok) throw new Error(describeImportError(back.error));
  return back.value;
}

describe('OTM export', () => {
  it.each(templates)('$name validates against the published OTM 0.2.0 schema', ({ document }) => {
    expect(interchangeErrors('otm', toOtm(document, catalog).otm)).toEqual([]);
  });

  it('the hostile-text model validates too', () => {
    expect(interchangeErrors('otm', JSON.parse(otmFileText(toOtm(hostileDocument(catalog), catalog).otm)))).toEqual([]);
  });

  it('the validator rejects a broken export (the test can fail)', () => {
    const { otm } = toOtm(templates[0]!.document, catalog);
    const broken = { ...otm, components: otm.components.map(({ parent: _p, ...c }) => c) };
    expect(interchangeValidator('otm')(broken)).toBe(false);
  });

  it('maps hosts and boundaries to trust zones, the rest to components, connections to data flows, findings to threats', () => {
    const document = templates.find((t) => t.name === 'kvm-libvirt')!.document;
    const { otm } = toOtm(document, catalog);
    const zone = otm.trustZones.find((z) => z.id === 'kvm-node-01')!;
    expect(zone).toMatchObject({ type: 'physical-host', parent: { trustZone: 'rack-a' } });
    const vm = otm.components.find((c) => c.type === 'guest-vm')!;
    expect(vm.parent.trustZone ?? vm.parent.component).toBe(document.components[vm.id]!.parentId);
    expect(vm.attributes).toMatchObject(document.components[vm.id]!.attributes);
    expect(otm.dataflows).toHaveLength(Object.keys(document.connections).length);
    const findings = assess(document, catalog).findings.filter((f) => f.applicability === 'applicable');
    expect(otm.threats.map((t) => t.id).sort()).toEqual([...new Set(findings.flatMap((f) => f.threats))].sort());
    const instance = vm.threats?.[0];
    expect(instance?.mitigations.length).toBeGreaterThan(0);
    const mitigation = otm.mitigations.find((m) => m.id === 'HY-SR-1');
    expect(mitigation?.attributes['htw:status']).toBe(
      assess(document, catalog).checklist.find((i) => i.recommendationId === 'HY-SR-1')!.status,
    );
  });

  it('reports what OTM cannot hold: evidence files, workshops, threats on trust zones', () => {
    const document = templates[0]!.document;
    const entry = Object.values(document.assessment)[0]!;
    const withFile: WorkbenchDocument = {
      ...document,
      assessment: {
        ...document.assessment,
        [assessmentKey(entry.recommendationId, entry.scope)]: {
          ...entry,
          evidence: [
            ...entry.evidence,
            {
              id: 'f1',
              kind: 'file',
              text: 'scan.pdf',
              blobId: 'b1',
              size: 10,
              mediaType: 'application/pdf',
              addedAt: TIME,
            },
          ],
        },
      },
    };
    const { otm, losses } = toOtm(withFile, catalog);
    expect(losses.items.map((i) => i.key)).toContain('evidence-files');
    expect(losses.items.find((i) => i.key === 'evidence-files')!.count).toBe(1);
    expect(JSON.stringify(otm)).not.toContain('scan.pdf');
    expect(describeLossReport(losses)[0]).toMatch(/OTM 0.2.0 cannot hold/);
    expect(toOtm(templates[0]!.document, catalog).losses.items.map((i) => i.key)).not.toContain('evidence-files');
  });
});

describe('OTM round trip: ours -> OTM -> ours', () => {
  it.each(templates)('$name keeps every component, attribute, connection and status', ({ document }) => {
    const back = roundTrip(document).document;
    expect(back.components).toEqual(document.components);
    expect(back.connections).toEqual(document.connections);
    expect(back.assessment).toEqual(document.assessment);
    expect(back.scope).toEqual(document.scope);
    expect(back.name).toBe(document.name);
    expect(back.id).toBe('imported-otm');
    expect(assess(back, catalog).summary).toEqual(assess(document, catalog).summary);
  });

  it('keeps hostile text exactly', () => {
    const document = hostileDocument(catalog);
    const back = roundTrip(document).document;
    expect(back.components).toEqual(document.components);
    expect(back.connections).toEqual(document.connections);
    expect(back.assessment).toEqual(document.assessment);
  });
});

/** An OTM file as another tool might write it (hand-made; not copied from any project). */
function foreignOtm(): Record<string, unknown> {
  return {
    otmVersion: '0.2.0',
    project: { name: 'Payments platform', id: 'payments', owner: 'Ana', description: 'Drawn in another tool' },
    trustZones: [
      { id: 'tz-dc', name: 'Data centre', type: 'Network Zone', risk: { trustRating: 60 } },
      { id: 'tz-internet', name: 'Internet', risk: { trustRating: 0 } },
    ],
    components: [
      {
        id: 'esx-1',
        name: 'esx-1',
        type: 'Server',
        parent: { trustZone: 'tz-dc' },
        attributes: { physicalCores: 32, rack: { row: 2 }, 'bad key': 1 },
      },
      { id: 'vm-web', name: 'web VM', type: 'Virtual Machine', parent: { component: 'esx-1' }, tags: ['web'] },
      { id: 'sw', name: 'dvSwitch', type: 'virtual_switch', parent: { component: 'esx-1' } },
      { id: 'lambda', name: 'Lambda function', type: 'aws-lambda', parent: { trustZone: 'tz-internet' } },
    ],
    dataflows: [
      { id: 'f1', name: 'HTTPS', source: 'lambda', destination: 'vm-web', tags: ['dataflow'] },
      { id: 'f2', name: 'uplink', source: 'vm-web', destination: 'sw', tags: ['network'] },
    ],
    threats: [{ id: 't1', name: 'SQL injection', risk: { likelihood: 50, impact: 50 } }],
    mitigations: [{ id: 'm1', name: 'Prepared statements', riskReduction: 80 }],
  };
}

describe('OTM import from other tools', () => {
  it('an Unmapped component travels through our own OTM and comes back Unmapped, its source type kept', () => {
    const first = importOtm(JSON.stringify(foreignOtm()), catalog, options);
    if (!first.ok) throw new Error(describeImportError(first.error));
    const back = roundTrip(first.value.document);
    expect(back.document.components['lambda']).toEqual(first.value.document.components['lambda']);
    expectFlaggedUnmapped(back.document, catalog, 'lambda', 'aws-lambda');
  });

  it('creates an unknown type as an Unmapped component, not a guest VM, keeping the source type and flagged for review', () => {
    const result = importOtm(JSON.stringify(foreignOtm()), catalog, options);
    if (!result.ok) throw new Error(describeImportError(result.error));
    expectFlaggedUnmapped(result.value.document, catalog, 'lambda', 'aws-lambda');
  });

  it('maps known type names with the table, keeps unknown types flagged for review, lays components out', () => {
    const result = importOtm(JSON.stringify(foreignOtm()), catalog, options);
    if (!result.ok) throw new Error(describeImportError(result.error));
    const { document, review, losses } = result.value;
    expect(document.components['tz-dc']!.type).toBe('trust-boundary');
    expect(document.components['esx-1']).toMatchObject({
      type: 'physical-host',
      parentId: 'tz-dc',
      attributes: { physicalCores: 32 },
    });
    expect(document.components['vm-web']).toMatchObject({ type: 'guest-vm', parentId: 'esx-1' });
    expect(document.components['sw']!.type).toBe('virtual-switch');
    expect(document.components['lambda']).toMatchObject({
      type: typeMap.unknownComponentType,
      attributes: { 'interchange.sourceType': 'aws-lambda' },
    });
    expect(review).toEqual([
      { componentId: 'lambda', text: expect.stringContaining('"aws-lambda" is not in the mapping table') },
    ]);
    expect(document.connections['f1']).toMatchObject({
      type: 'data-flow',
      source: 'lambda',
      target: 'vm-web',
      label: 'HTTPS',
    });
    expect(document.connections['f2']!.type).toBe('network-link');
    expect(document.components['esx-1']!.size!.width).toBeGreaterThan(document.components['vm-web']!.position.x);
    expect(document.components['vm-web']!.position).not.toEqual(document.components['sw']!.position);
    expect(losses.items.map((i) => [i.key, i.count])).toEqual([
      ['threats', 1],
      ['mitigations', 1],
      ['attributes', 2],
      ['review', 1],
    ]);
    expect(document.scope.assessor).toBe('Ana');
  });

  it('every type the mapping table names exists in the catalog', () => {
    expect(typeMapProblems(typeMap, catalog)).toEqual([]);
  });

  const refusals: [string, (f: Record<string, unknown>) => void, RegExp][] = [
    [
      'a data flow to nowhere',
      (f) => ((f.dataflows as { destination: string }[])[1]!.destination = 'ghost'),
      /at dataflows\[1\]\.destination: names "ghost"/,
    ],
    [
      'a missing parent zone',
      (f) => ((f.components as { parent: unknown }[])[0]!.parent = { trustZone: 'nope' }),
      /at components\[0\]\.parent\.trustZone/,
    ],
    [
      'a component without a name',
      (f) => ((f.components as { name: string }[])[2]!.name = ''),
      /at components\[2\]\.name/,
    ],
    ['an unsupported version', (f) => (f.otmVersion = '9.0'), /at otmVersion: this importer reads OTM/],
    ['no project', (f) => delete f.project, /at project/],
    [
      'a duplicate component id',
      (f) => ((f.components as { id: string }[])[1]!.id = 'esx-1'),
      /at components\[1\]\.id: the id "esx-1"/,
    ],
    ['a nesting cycle', (f) => ((f.components as { parent: unknown }[])[0]!.parent = { component: 'vm-web' }), /cycle/],
  ];
  it.each(refusals)('refuses %s, naming the path', (_name, mutate, message) => {
    const file = foreignOtm();
    mutate(file);
    const result = importOtm(JSON.stringify(file), catalog, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeImportError(result.error, 'model.otm.json')).toMatch(message);
  });

  it('refuses hostile text and too many records before building anything', () => {
    const hostile = foreignOtm();
    (hostile.components as { name: string }[])[0]!.name = 'evil\u202Ename';
    const refused = importOtm(JSON.stringify(hostile), catalog, options);
    expect(!refused.ok && refused.error.kind).toBe('hostile-string');
    const many = foreignOtm();
    many.components = Array.from({ length: 6 }, (_, i) => ({
      id: `c${i}`,
      name: 'x',
      type: 'vm',
      parent: { trustZone: 'tz-dc' },
    }));
    const tooMany = importOtm(JSON.stringify(many), catalog, {
      ...options,
      recordLimits: { components: 5, connections: 10 },
    });
    expect(!tooMany.ok && tooMany.error).toMatchObject({ kind: 'too-many', what: 'components', count: 8 });
  });
});
