import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { emptyAssessmentEntry } from '../../checklist/assessmentOps';
import { DocumentSchema, assessmentKey, type WorkbenchDocument } from '../../model/schema';
import { assess } from '../../rules/assess';
import { describeLossReport } from '../lossReport';
import { CONTROL_STATUS, tmBomFileText, toTmBom } from './toTmBom';
import { HTW_EXTENSION, TM_BOM_REF } from './tmBomFormat';
import { interchangeErrors, interchangeValidator } from '../../../test/interchangeSchemas';
import { hostileDocument, shippedTemplates } from '../../../test/fixtures/reportDocuments';

const catalog = loadBundledCatalog();
const templates = shippedTemplates().map((t) => ({ name: t.id, document: DocumentSchema.parse(JSON.parse(t.text)) }));

/** The file as written, parsed back: the envelope and the threat model inside it. */
function written(document: WorkbenchDocument) {
  const bom = JSON.parse(tmBomFileText(toTmBom(document, catalog).bom)) as {
    components: { 'bom-ref': string; data: { contents: { attachment: { content: string } } }[] }[];
  };
  const holder = bom.components.find((c) => c['bom-ref'] === TM_BOM_REF)!;
  return { bom, tm: JSON.parse(holder.data[0]!.contents.attachment.content) as Record<string, unknown> };
}

describe('TM-BOM export', () => {
  // The first test compiles the 260 kB CycloneDX schema: seconds on a loaded machine.
  it.each(templates)(
    '$name: the envelope validates against CycloneDX 1.6 and the model inside against the Threat Model Library 1.0.2 schema',
    { timeout: 60_000 },
    ({ document }) => {
      const { bom, tm } = written(document);
      expect(interchangeErrors('cyclonedx', bom)).toEqual([]);
      expect(interchangeErrors('tm-bom', tm)).toEqual([]);
    },
  );

  it('the hostile-text model validates too', () => {
    const { bom, tm } = written(hostileDocument(catalog));
    expect(interchangeErrors('cyclonedx', bom)).toEqual([]);
    expect(interchangeErrors('tm-bom', tm)).toEqual([]);
  });

  it('the validators reject broken files (the tests can fail)', () => {
    const { bom, tm } = written(templates[0]!.document);
    expect(
      interchangeValidator('tm-bom')({
        ...tm,
        components: [{ symbolic_name: 'Upper_Case', title: 'x', description: '', trust_zone: 'z' }],
      }),
    ).toBe(false);
    expect(
      interchangeValidator('tm-bom')({
        ...tm,
        controls: [
          { symbolic_name: 'c', title: 'c', description: '', threats: [], status: 'implemented', priority: 'none' },
        ],
      }),
    ).toBe(false);
    expect(interchangeValidator('cyclonedx')({ ...bom, serialNumber: 'not-a-uuid' })).toBe(false);
  });

  it('maps boundaries to trust zones, hosts and the rest to components, connections to flows, findings to threats, items to controls', () => {
    const document = templates.find((t) => t.name === 'kvm-libvirt')!.document;
    const { tmBom } = toTmBom(document, catalog);
    const boundaries = Object.values(document.components).filter((c) => c.type === 'trust-boundary');
    expect(tmBom.trust_zones.map((z) => z.title)).toEqual(expect.arrayContaining(boundaries.map((b) => b.name)));
    const host = Object.values(document.components).find((c) => c.type === 'physical-host')!;
    const vm = Object.values(document.components).find((c) => c.type === 'guest-vm' && c.parentId === host.id)!;
    const tmVm = tmBom.components.find((c) => c.title === vm.name)!;
    expect(tmVm.parent_component).toBe(tmBom.components.find((c) => c.title === host.name)!.symbolic_name);
    expect(tmBom.data_flows).toHaveLength(Object.keys(document.connections).length);
    const result = assess(document, catalog);
    const raised = new Set(result.findings.filter((f) => f.applicability === 'applicable').flatMap((f) => f.threats));
    expect(tmBom.threats).toHaveLength(raised.size);
    expect(tmBom.threats.every((t) => t.components_affected.length > 0 || t.threat_persona !== '')).toBe(true);
    const item = result.checklist.find((i) => i.recommendationId === 'HY-SR-1')!;
    expect(tmBom.controls.find((c) => c.symbolic_name === 'hy-sr-1')!.status).toBe(CONTROL_STATUS[item.status]);
    expect(tmBom.extensions[HTW_EXTENSION]).toBeDefined();
  });

  it('a control carries the status the assessor set', () => {
    const document = templates[0]!.document;
    const item = assess(document, catalog).checklist.find((i) => i.applicability !== 'not-applicable')!;
    const entry = {
      ...emptyAssessmentEntry(item.recommendationId, 'platform', document.updatedAt),
      status: 'implemented' as const,
    };
    const done: WorkbenchDocument = {
      ...document,
      assessment: { [assessmentKey(item.recommendationId, 'platform')]: entry },
    };
    const control = (d: WorkbenchDocument) =>
      toTmBom(d, catalog).tmBom.controls.find((c) => c.title.startsWith(`${item.recommendationId} `))!;
    expect(control(document).status).not.toBe('active');
    expect(control(done).status).toBe('active');
  });

  it('reports what TM-BOM cannot hold', () => {
    const { losses } = toTmBom(templates[0]!.document, catalog);
    expect(losses.items.map((i) => i.key)).toEqual(
      expect.arrayContaining(['scope-placeholders', 'flow-placeholders', 'extensions']),
    );
    expect(losses.items.map((i) => i.key)).not.toContain('evidence-files');
    expect(describeLossReport(losses)[0]).toMatch(/TM-BOM .* cannot hold/);
  });
});
