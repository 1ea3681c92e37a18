/**
 * A workbench document as Open Threat Model 0.2.0. Hosts and trust boundaries (the catalog's
 * container types) become trust zones, everything else components, connections data flows;
 * the catalog threats the findings raise become threats with an instance on each component,
 * and the recommendations (HY-SR / VM-*) become mitigations carrying their assessment entries.
 * Everything OTM has no field for travels in `attributes` under `htw:` keys, so an import of
 * the file gives the same model back; what cannot travel at all is listed in the loss report.
 */
import type { CatalogData } from '../../catalog/schema';
import { toEngineCatalog, type CatalogSource } from '../../rules/engineCatalog';
import { componentStatus } from '../../checklist/buildChecklist';
import type { AssessmentEntry, AssessmentStatus, Component, WorkbenchDocument } from '../../model/schema';
import { assess } from '../../rules/assess';
import { addLoss, type LossItem, type LossReport } from '../lossReport';
import {
  CANVAS_REPRESENTATION,
  HTW,
  OTM_FORMAT_NAME,
  OTM_VERSION,
  type OtmComponent,
  type OtmDataflow,
  type OtmDocument,
  type OtmMitigation,
  type OtmParent,
  type OtmRepresentationElement,
  type OtmThreat,
  type OtmThreatInstance,
  type OtmTrustZone,
} from './otmFormat';
import { plural, pluralWord } from '../../text/plural';

/** Mitigation instance states as IriusRisk names them, from our checklist statuses. */
const MITIGATION_STATE: Record<AssessmentStatus, string> = {
  implemented: 'implemented',
  'partially-implemented': 'required',
  'not-implemented': 'required',
  'not-reviewed': 'recommended',
  'not-applicable': 'not-applicable',
  'risk-accepted': 'rejected',
};

/** OTM asks for numbers we do not estimate: written as the midpoint, with a comment saying so. */
const UNRATED = 50;
const UNRATED_COMMENT = 'Not rated: the workbench does not estimate likelihood or impact; 50 is a placeholder.';

export interface OtmExport {
  otm: OtmDocument;
  losses: LossReport;
}

function isContainer(catalog: CatalogData, type: string): boolean {
  return catalog.componentTypes.find((t) => t.id === type)?.container === true;
}

function representation(c: Component): OtmRepresentationElement[] {
  return [
    {
      representation: CANVAS_REPRESENTATION,
      id: `${c.id}-shape`,
      position: { ...c.position },
      ...(c.size ? { size: { ...c.size } } : {}),
    },
  ];
}

function baseAttributes(c: Component): Record<string, unknown> {
  return { ...c.attributes, ...(c.provenance ? { [HTW.provenance]: c.provenance } : {}) };
}

/** An id no component uses, for the zone that holds top-level components. */
function freeId(base: string, taken: Record<string, unknown>): string {
  let id = base;
  for (let n = 2; Object.hasOwn(taken, id); n++) id = `${base}-${n}`;
  return id;
}

/** Evidence files are blobs outside the document: their records travel, their contents cannot. */
function portableEntry(entry: AssessmentEntry): AssessmentEntry {
  return { ...entry, evidence: entry.evidence.filter((e) => e.kind !== 'file') };
}

/** Converts `document`; `catalog` supplies names and the findings. Pure. */
export function toOtm(document: WorkbenchDocument, source: CatalogSource): OtmExport {
  const catalog: CatalogData = toEngineCatalog(source).data;
  const assessment = assess(document, source);
  const components = Object.values(document.components);
  const zoneIds = new Set(components.filter((c) => isContainer(catalog, c.type)).map((c) => c.id));
  const outside = freeId('htw-outside', document.components);
  const needsOutside = components.some((c) => c.parentId === undefined && !zoneIds.has(c.id));
  const parentOf = (c: Component): OtmParent | undefined => {
    if (c.parentId === undefined) return undefined;
    return zoneIds.has(c.parentId) ? { trustZone: c.parentId } : { component: c.parentId };
  };

  // Threat instances per component: one per (component, threat), listing every recommendation that counters it there.
  const instances = new Map<string, Map<string, Map<string, string>>>();
  const raised = new Set<string>();
  for (const finding of assessment.findings) {
    if (finding.applicability !== 'applicable') continue;
    let byThreat = instances.get(finding.componentId);
    if (!byThreat) instances.set(finding.componentId, (byThreat = new Map()));
    for (const threatId of finding.threats) {
      raised.add(threatId);
      let mitigations = byThreat.get(threatId);
      if (!mitigations) byThreat.set(threatId, (mitigations = new Map()));
      for (const rec of finding.recommendations)
        mitigations.set(rec, MITIGATION_STATE[componentStatus(document, rec, finding.componentId)]);
    }
  }
  const threatInstances = (componentId: string): OtmThreatInstance[] =>
    [...(instances.get(componentId) ?? new Map<string, Map<string, string>>())].map(([threat, mitigations]) => {
      const list = [...mitigations].map(([mitigation, state]) => ({ mitigation, state }));
      const settled = list.length > 0 && list.every((m) => m.state === 'implemented' || m.state === 'not-applicable');
      return { threat, state: settled ? 'mitigated' : 'exposed', mitigations: list };
    });

  const trustZones: OtmTrustZone[] = components
    .filter((c) => zoneIds.has(c.id))
    .map((c) => {
      const threats = threatInstances(c.id);
      const parent = parentOf(c);
      return {
        id: c.id,
        name: c.name,
        type: c.type,
        ...(c.notes !== '' ? { description: c.notes } : {}),
        risk: { trustRating: UNRATED },
        ...(parent ? { parent } : {}),
        representations: representation(c),
        attributes: { ...baseAttributes(c), ...(threats.length > 0 ? { [HTW.threats]: threats } : {}) },
      };
    });
  if (needsOutside) {
    trustZones.push({
      id: outside,
      name: 'Outside every boundary',
      type: 'htw-outside',
      description:
        'Holds the components drawn outside every host and trust boundary: OTM requires each component to have a parent.',
      risk: { trustRating: UNRATED },
      attributes: { [HTW.synthetic]: true },
    });
  }

  const otmComponents: OtmComponent[] = components
    .filter((c) => !zoneIds.has(c.id))
    .map((c) => {
      const threats = threatInstances(c.id);
      return {
        id: c.id,
        name: c.name,
        type: c.type,
        ...(c.notes !== '' ? { description: c.notes } : {}),
        parent: parentOf(c) ?? { trustZone: outside },
        representations: representation(c),
        ...(threats.length > 0 ? { threats } : {}),
        tags: [c.type],
        attributes: baseAttributes(c),
      };
    });

  const connectionTypes = new Map(catalog.connectionTypes.map((t) => [t.id, t]));
  const dataflows: OtmDataflow[] = Object.values(document.connections).map((c) => {
    const type = connectionTypes.get(c.type);
    return {
      id: c.id,
      name: c.label !== '' ? c.label : (type?.name ?? c.type),
      source: c.source,
      destination: c.target,
      bidirectional: type ? !type.directed : false,
      tags: [c.type],
      attributes: { ...c.attributes, [HTW.connectionType]: c.type, [HTW.label]: c.label },
    };
  });

  const catalogThreats = new Map(catalog.threats.map((t) => [t.id, t]));
  const threats: OtmThreat[] = [...raised].sort().map((id) => {
    const t = catalogThreats.get(id);
    return {
      id,
      name: t?.name ?? id,
      description: t?.description ?? '',
      categories: t?.sources ?? [],
      risk: {
        likelihood: UNRATED,
        likelihoodComment: UNRATED_COMMENT,
        impact: UNRATED,
        impactComment: UNRATED_COMMENT,
      },
      tags: t ? [t.kind] : [],
    };
  });

  // Every recommendation the checklist lists as applicable or needing input, and every one with saved entries.
  const entriesByRec = new Map<string, AssessmentEntry[]>();
  for (const entry of Object.values(document.assessment)) {
    const list = entriesByRec.get(entry.recommendationId) ?? [];
    list.push(portableEntry(entry));
    entriesByRec.set(entry.recommendationId, list);
  }
  const items = new Map(assessment.checklist.map((i) => [i.recommendationId, i]));
  const recommendations = new Map(catalog.recommendations.map((r) => [r.id, r]));
  const mitigationIds = [
    ...assessment.checklist
      .filter((i) => i.applicability !== 'not-applicable' || entriesByRec.has(i.recommendationId))
      .map((i) => i.recommendationId),
    ...[...entriesByRec.keys()].filter((id) => !items.has(id)).sort(),
  ];
  const mitigations: OtmMitigation[] = mitigationIds.map((id) => {
    const rec = recommendations.get(id);
    const item = items.get(id);
    return {
      id,
      name: rec ? `${id} ${rec.title}` : id,
      description: rec?.requirement ?? 'Not in the catalog this project was exported with.',
      riskReduction: UNRATED,
      attributes: {
        ...(rec ? { [HTW.pack]: rec.pack } : {}),
        [HTW.status]: item?.status ?? 'not-reviewed',
        [HTW.applicability]: item?.applicability ?? 'not-applicable',
        [HTW.assessment]: entriesByRec.get(id) ?? [],
      },
    };
  });

  const otm: OtmDocument = {
    otmVersion: OTM_VERSION,
    project: {
      name: document.name,
      id: document.id,
      ...(document.scope.description !== '' ? { description: document.scope.description } : {}),
      ...(document.scope.assessor !== '' ? { owner: document.scope.assessor } : {}),
      tags: ['hypervisor-threat-workbench'],
      attributes: {
        [HTW.format]: document.format,
        [HTW.organisation]: document.scope.organisation,
        [HTW.assumptions]: document.scope.assumptions,
        [HTW.catalog]: { ...document.catalog },
        [HTW.createdAt]: document.createdAt,
        [HTW.updatedAt]: document.updatedAt,
      },
    },
    representations: [{ name: 'Workbench canvas', id: CANVAS_REPRESENTATION, type: 'diagram' }],
    trustZones,
    components: otmComponents,
    dataflows,
    threats,
    mitigations,
  };
  return { otm, losses: otmExportLosses(document, trustZones) };
}

function otmExportLosses(document: WorkbenchDocument, trustZones: readonly OtmTrustZone[]): LossReport {
  const items: LossItem[] = [];
  const entries = Object.values(document.assessment);
  const files = entries.reduce((n, e) => n + e.evidence.filter((x) => x.kind === 'file').length, 0);
  const workshops = Object.keys(document.workshops).length;
  const zoneThreats = trustZones.filter((z) => Object.hasOwn(z.attributes, HTW.threats)).length;
  addLoss(
    items,
    'evidence-files',
    files,
    `${plural(files, 'evidence file')}: OTM holds no files, so they are left out (notes and links are kept).`,
  );
  addLoss(
    items,
    'workshops',
    workshops,
    `${plural(workshops, 'workshop record')} (agenda, decisions, actions, parking lot): OTM has nothing like them, so they are left out.`,
  );
  addLoss(
    items,
    'zone-threats',
    zoneThreats,
    `Threats on ${plural(zoneThreats, 'host')} or trust ${pluralWord(zoneThreats, 'boundary', 'boundaries')}: OTM trust zones cannot carry threats, so they are kept only in the zone's htw:threats attribute, which other tools ignore.`,
  );
  addLoss(
    items,
    'ratings',
    0,
    'Threat likelihood and impact and mitigation risk reduction: the workbench does not rate them; OTM requires numbers, written as 50 with a comment saying so.',
    true,
  );
  addLoss(
    items,
    'extensions',
    0,
    'Checklist statuses, assessment entries, connection types and attribute provenance travel in htw: attributes: our import reads them back, other tools show them as plain attributes or ignore them.',
    true,
  );
  return { format: OTM_FORMAT_NAME, direction: 'export', items };
}

/** The OTM file text: pretty-printed JSON with a final newline. */
export function otmFileText(otm: OtmDocument): string {
  return `${JSON.stringify(otm, null, 2)}\n`;
}
