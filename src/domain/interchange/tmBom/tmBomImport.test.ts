import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { describeImportError } from '../../io/importErrors';
import { type WorkbenchDocument } from '../../model/schema';
import { assess } from '../../rules/assess';
import { bundledTypeMap } from '../bundledTypeMap';
import { detectInterchangeFormat } from '../detectInterchangeFormat';
import { importTmBom } from './fromTmBom';
import { tmBomFileText, toTmBom } from './toTmBom';
import { hostileDocument } from '../../../test/fixtures/reportDocuments';
import { ASSESSED_AT, assessedEverywhere, templateDocuments } from '../../../test/interchangeRoundTrip';
import { expectFlaggedUnmapped } from '../../../test/unmappedExpectations';

const catalog = loadBundledCatalog();
const typeMap = bundledTypeMap();
const TIME = ASSESSED_AT;
const options = { id: 'imported-tmbom', now: TIME, typeMap };

/** A template with an entry on every applicable item (cycling statuses), some per-component entries and attribute provenance. */
const templates = templateDocuments((document) => ({
  ...assessedEverywhere(document, catalog, (i) => ({
    evidence: [{ id: `n${i}`, kind: 'note', text: 'Checked in the console', addedAt: TIME }],
  })),
  scope: { ...document.scope, assessor: 'Ana', assumptions: 'Hosts are patched monthly.\nNo nested virtualisation.' },
}));

function roundTrip(document: WorkbenchDocument) {
  const text = tmBomFileText(toTmBom(document, catalog).bom);
  expect(detectInterchangeFormat(text)).toBe('tmbom');
  const back = importTmBom(text, catalog, options);
  if (!back.ok) throw new Error(describeImportError(back.error));
  return back.value;
}

describe('TM-BOM round trip: ours -> TM-BOM -> ours', () => {
  it.each(templates)('$name keeps every component, attribute, connection and status', ({ document }) => {
    const { document: back, review } = roundTrip(document);
    expect(back.components).toEqual(document.components);
    expect(back.connections).toEqual(document.connections);
    expect(back.assessment).toEqual(document.assessment);
    expect(back.scope).toEqual(document.scope);
    expect(back.name).toBe(document.name);
    expect(back.id).toBe('imported-tmbom');
    expect(review).toEqual([]);
    expect(assess(back, catalog).summary).toEqual(assess(document, catalog).summary);
  });

  it('keeps hostile text exactly', () => {
    const document = hostileDocument(catalog);
    const { document: back } = roundTrip(document);
    expect(back.components).toEqual(document.components);
    expect(back.connections).toEqual(document.connections);
  });

  it('reads the bare Threat Model Library document too (as Threat Dragon writes it)', () => {
    const document = templates[0]!.document;
    const bare = JSON.stringify(toTmBom(document, catalog).tmBom);
    expect(detectInterchangeFormat(bare)).toBe('tmbom');
    const back = importTmBom(bare, catalog, options);
    expect(back.ok && back.value.document.components).toEqual(document.components);
  });
});

/** A Threat Model Library document as another tool might write it (hand-made). */
function foreign(): Record<string, unknown> {
  return {
    $schema: 'https://github.com/OWASP/www-project-threat-model-library/blob/v1.0.1/threat-model.schema.json',
    version: '1.0.1',
    scope: {
      title: 'Payments platform',
      description: 'The card vault and its hosts',
      business_criticality: 'high',
      data_sensitivity: ['pci'],
      exposure: 'external',
      tier: 'mission_critical',
    },
    description: 'Drawn in Threat Dragon',
    trust_zones: [{ symbolic_name: 'dc', title: 'Data centre', description: '' }],
    trust_boundaries: [{ trust_zone_a: 'dc', trust_zone_b: 'internet' }],
    actors: [{ symbolic_name: 'admin', title: 'Operator', description: 'Runs the platform', type: 'administrator' }],
    components: [
      { symbolic_name: 'esx-1', title: 'Server', description: 'Rack 2', trust_zone: 'dc' },
      {
        symbolic_name: 'vm-web',
        title: 'Virtual\nMachine',
        description: '',
        trust_zone: 'dc',
        parent_component: 'esx-1',
      },
      { symbolic_name: 'lambda', title: 'Lambda function', description: '', trust_zone: 'dc' },
    ],
    data_stores: [{ symbolic_name: 'vault', title: 'Card vault', description: '', type: 'sql', trust_zone: 'dc' }],
    data_sets: [],
    data_flows: [
      {
        symbolic_name: 'f1',
        title: 'HTTPS',
        description: '',
        source: { type: 'actor', object: 'admin' },
        destination: { type: 'component', object: 'vm-web' },
        has_sensitive_data: true,
        encrypted: true,
      },
      // A wrong type on a reference: looked up by name, as Threat Dragon's own files need.
      {
        symbolic_name: 'f2',
        title: 'SQL',
        description: '',
        source: { type: 'actor', object: 'vm-web' },
        destination: { type: 'data_store', object: 'vault' },
        has_sensitive_data: true,
        encrypted: false,
      },
    ],
    assumptions: [{ description: 'TLS ends at the load balancer', validity: 'confirmed' }],
    threats: [
      {
        symbolic_name: 't1',
        title: 'SQL injection',
        description: '',
        threat_persona: 'p',
        event: 'x',
        sources: ['adversary'],
      },
    ],
    controls: [
      {
        symbolic_name: 'c1',
        title: 'Prepared statements',
        description: '',
        threats: ['t1'],
        status: 'active',
        priority: 'high',
      },
    ],
  };
}

const envelope = (model: unknown) =>
  JSON.stringify({
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    version: 1,
    components: [
      { type: 'library', name: 'x' },
      {
        type: 'data',
        name: 'tm',
        data: [
          {
            type: 'other',
            contents: {
              attachment: {
                contentType: 'application/json',
                encoding: 'base64',
                content: Buffer.from(JSON.stringify(model), 'utf8').toString('base64'),
              },
            },
          },
        ],
      },
    ],
  });

describe('TM-BOM import from other tools', () => {
  it('creates an unknown element as an Unmapped component, not a guest VM, keeping its kind and flagged for review', () => {
    const result = importTmBom(JSON.stringify(foreign()), catalog, options);
    if (!result.ok) throw new Error(describeImportError(result.error));
    expectFlaggedUnmapped(result.value.document, catalog, 'lambda', 'component');
  });

  it('maps titles with the table, zones to trust boundaries, keeps unknown elements flagged for review', () => {
    const result = importTmBom(JSON.stringify(foreign()), catalog, options);
    if (!result.ok) throw new Error(describeImportError(result.error));
    const { document, review, losses } = result.value;
    expect(document.components['dc']!.type).toBe('trust-boundary');
    expect(document.components['esx-1']).toMatchObject({ type: 'physical-host', parentId: 'dc', notes: 'Rack 2' });
    expect(document.components['vm-web']).toMatchObject({
      type: 'guest-vm',
      parentId: 'esx-1',
      name: 'Virtual Machine',
    });
    expect(document.components['vault']!.type).toBe('storage');
    expect(document.components['lambda']).toMatchObject({
      type: typeMap.unknownComponentType,
      attributes: { 'interchange.sourceType': 'component' },
    });
    expect(review.map((r) => r.componentId).sort()).toEqual(['admin', 'lambda']);
    expect(document.connections['f2']).toMatchObject({ source: 'vm-web', target: 'vault', label: 'SQL' });
    expect(document.scope.assumptions).toBe('TLS ends at the load balancer');
    expect(document.scope.description).toContain('Drawn in Threat Dragon');
    expect(losses.items.map((i) => [i.key, i.count])).toEqual([
      ['threats', 1],
      ['controls', 1],
      ['other', 1],
      ['review', 2],
    ]);
  });

  it('finds the model in any CycloneDX data attachment, base64 or not', () => {
    const text = envelope(foreign());
    expect(detectInterchangeFormat(text)).toBe('tmbom');
    const result = importTmBom(text, catalog, options);
    expect(result.ok && Object.keys(result.value.document.components).length).toBe(6);
  });

  const refusals: [string, (f: Record<string, unknown>) => void, RegExp][] = [
    [
      'a flow to nowhere',
      (f) => ((f.data_flows as { destination: { object: string } }[])[1]!.destination.object = 'ghost'),
      /at data_flows\[1\]\.destination\.object: names "ghost"/,
    ],
    [
      'a missing trust zone',
      (f) => ((f.components as { trust_zone: string }[])[0]!.trust_zone = 'nope'),
      /at components\[0\]\.trust_zone: names the trust zone "nope"/,
    ],
    [
      'a missing parent',
      (f) => ((f.components as { parent_component: string }[])[1]!.parent_component = 'nope'),
      /at components\[1\]\.parent_component/,
    ],
    [
      'an element without a title',
      (f) => ((f.components as { title: string }[])[2]!.title = ''),
      /at components\[2\]\.title/,
    ],
    ['no scope', (f) => delete f.scope, /at scope/],
    [
      'a later major version',
      (f) =>
        (f.$schema = 'https://github.com/OWASP/www-project-threat-model-library/blob/v2.0.0/threat-model.schema.json'),
      /at \$schema: this importer reads Threat Model Library 1\.x/,
    ],
    [
      'a duplicate symbolic name',
      (f) => ((f.components as { symbolic_name: string }[])[1]!.symbolic_name = 'esx-1'),
      /at components\[1\]\.symbolic_name: the symbolic name "esx-1"/,
    ],
    [
      'a nesting cycle',
      (f) => ((f.components as { parent_component?: string }[])[0]!.parent_component = 'vm-web'),
      /cycle/,
    ],
  ];
  it.each(refusals)('refuses %s, naming the path', (_name, mutate, message) => {
    const file = foreign();
    mutate(file);
    const result = importTmBom(JSON.stringify(file), catalog, options);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(describeImportError(result.error, 'model.json')).toMatch(message);
  });

  it('names the path inside the envelope, and refuses a BOM without a threat model', () => {
    const file = foreign();
    (file.components as { title: string }[])[0]!.title = '';
    const inside = importTmBom(envelope(file), catalog, options);
    expect(!inside.ok && describeImportError(inside.error)).toMatch(
      /at components\[1\]\.data\[0\]\.contents\.attachment\.content → components\[0\]\.title/,
    );
    const none = importTmBom(
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        components: [{ type: 'library', name: 'left-pad' }],
      }),
      catalog,
      options,
    );
    expect(!none.ok && describeImportError(none.error)).toMatch(/holds no threat model/);
    const broken = importTmBom(
      JSON.stringify({
        bomFormat: 'CycloneDX',
        specVersion: '1.6',
        components: [{ type: 'data', data: [{ contents: { attachment: { content: '{"scope": ' } } }] }],
      }),
      catalog,
      options,
    );
    expect(!broken.ok && describeImportError(broken.error)).toMatch(/the attached threat model is not valid JSON/);
  });

  it('refuses hostile text and too many records before building anything', () => {
    const hostile = foreign();
    (hostile.components as { title: string }[])[0]!.title = 'evil\u202Ename';
    const refused = importTmBom(JSON.stringify(hostile), catalog, options);
    expect(!refused.ok && refused.error.kind).toBe('hostile-string');
    const insideEnvelope = importTmBom(envelope(hostile), catalog, options);
    expect(!insideEnvelope.ok && describeImportError(insideEnvelope.error)).toMatch(/refused/);
    const tooMany = importTmBom(JSON.stringify(foreign()), catalog, {
      ...options,
      recordLimits: { components: 5, connections: 10 },
    });
    expect(!tooMany.ok && tooMany.error).toMatchObject({ kind: 'too-many', what: 'components', count: 6 });
  });
});
