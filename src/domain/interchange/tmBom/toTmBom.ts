/**
 * A workbench document as a TM-BOM (OWASP Threat Model Library 1.0.2) inside a CycloneDX 1.6
 * BOM. Trust boundaries become trust zones; hosts and everything else components (a host's
 * children name it as `parent_component`, each component names its nearest trust zone);
 * connections become data flows, and a trust boundary entry is written for every pair of zones
 * a flow crosses. The catalog threats the findings raise become threats listing the components
 * they affect, the recommendations (HY-SR / VM-*) controls with a status from the checklist.
 * What the library has no field for travels in one `extensions` entry, so our import gives the
 * same model back; what cannot travel at all is in the loss report.
 */
import type { CatalogData } from '../../catalog/schema';
import { sha256Hex } from '../../catalog/contentHash';
import { toEngineCatalog, type CatalogSource } from '../../rules/engineCatalog';
import type { AssessmentEntry, AssessmentStatus, Component, WorkbenchDocument } from '../../model/schema';
import { assess } from '../../rules/assess';
import { addLoss, type LossItem, type LossReport } from '../lossReport';
import {
  HTW_EXTENSION,
  PLATFORM_REF,
  TM_BOM_FORMAT_NAME,
  TM_BOM_REF,
  TM_BOM_SCHEMA_URL,
  TM_BOM_VERSION,
  type ControlStatus,
  type HtwExtension,
  type TmComponent,
  type TmControl,
  type TmDataFlow,
  type TmDocument,
  type TmThreat,
  type TmTrustZone,
} from './tmBomFormat';

/** Control status from our checklist status (the library has no "not applicable" or "risk accepted": both are won't-do). */
export const CONTROL_STATUS: Record<AssessmentStatus, ControlStatus> = {
  implemented: 'active',
  'partially-implemented': 'scheduled',
  'not-implemented': 'suggested',
  'not-reviewed': 'under_review',
  'not-applicable': 'wont_do',
  'risk-accepted': 'wont_do',
};

/** The one placeholder threat persona: the catalog does not profile who carries a threat out. */
export const UNPROFILED_PERSONA = 'unprofiled-threat-source';
/** Holds the components drawn outside every trust boundary: the library requires a zone on each. */
const OUTSIDE_ZONE = 'outside-every-boundary';

export interface TmBomExport {
  /** The CycloneDX 1.6 BOM, the file we write. */
  bom: Record<string, unknown>;
  /** The Threat Model Library document inside it. */
  tmBom: TmDocument;
  losses: LossReport;
}

/** A symbolic name (`^[0-9a-z-]+$`) for `id`, unique among `taken`. */
export function symbolicName(id: string, taken: Set<string>): string {
  const base =
    id
      .toLowerCase()
      .replace(/[^0-9a-z-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'item';
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}-${n}`;
  taken.add(name);
  return name;
}

export function isZoneType(catalog: CatalogData, type: string): boolean {
  const t = catalog.componentTypes.find((c) => c.id === type);
  return t?.container === true && t.category === 'boundary';
}

/** Evidence files are blobs outside the document: their records travel, their contents cannot. */
function portableEntry(entry: AssessmentEntry): AssessmentEntry {
  return { ...entry, evidence: entry.evidence.filter((e) => e.kind !== 'file') };
}

/** A name-based UUID for the BOM's serial number, so one project exports to the same serial every time. */
function serialUuid(document: WorkbenchDocument): string {
  const h = sha256Hex(`htw-tm-bom:${document.id}:${document.updatedAt}`);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

/** The Threat Model Library document for `document`, and the losses. Pure. */
export function toTmBomDocument(
  document: WorkbenchDocument,
  source: CatalogSource,
): { tmBom: TmDocument; losses: LossReport } {
  const catalog: CatalogData = toEngineCatalog(source).data;
  const assessment = assess(document, source);
  const components = Object.values(document.components);
  const taken = new Set<string>();
  const names = new Map<string, string>();
  for (const c of components) names.set(c.id, symbolicName(c.id, taken));
  const zoneIds = new Set(components.filter((c) => isZoneType(catalog, c.type)).map((c) => c.id));
  const outside = symbolicName(OUTSIDE_ZONE, taken);

  /** The nearest enclosing trust zone, by the parent chain (depth-bounded: documents are acyclic). */
  const zoneOf = (c: Component): string | undefined => {
    let parent = c.parentId;
    for (let depth = 0; parent !== undefined && depth < 64; depth++) {
      if (zoneIds.has(parent)) return parent;
      parent = document.components[parent]?.parentId;
    }
    return undefined;
  };
  const zoneName = (c: Component) => {
    const zone = zoneOf(c);
    return zone === undefined ? outside : names.get(zone)!;
  };

  const trustZones: TmTrustZone[] = components
    .filter((c) => zoneIds.has(c.id))
    .map((c) => ({ symbolic_name: names.get(c.id)!, title: c.name, description: c.notes }));
  const tmComponents: TmComponent[] = components
    .filter((c) => !zoneIds.has(c.id))
    .map((c) => {
      const parent = c.parentId !== undefined && !zoneIds.has(c.parentId) ? names.get(c.parentId) : undefined;
      return {
        symbolic_name: names.get(c.id)!,
        title: c.name,
        description: c.notes,
        ...(parent ? { parent_component: parent } : {}),
        trust_zone: zoneName(c),
      };
    });
  if (tmComponents.some((c) => c.trust_zone === outside))
    trustZones.push({
      symbolic_name: outside,
      title: 'Outside every trust boundary',
      description: 'Holds the components drawn outside every trust boundary: each component needs a trust zone.',
    });

  const connectionTypes = new Map(catalog.connectionTypes.map((t) => [t.id, t]));
  const flowNames = new Set<string>();
  const boundaries = new Map<string, { trust_zone_a: string; trust_zone_b: string }>();
  const connections: Record<string, Record<string, unknown>> = {};
  const ref = (id: string) => ({ type: zoneIds.has(id) ? 'trust_zone' : 'component', object: names.get(id)! });
  const zoneOfEnd = (id: string) => (zoneIds.has(id) ? names.get(id)! : zoneName(document.components[id]!));
  const dataFlows: TmDataFlow[] = Object.values(document.connections).map((c) => {
    const name = symbolicName(c.id, flowNames);
    connections[name] = { id: c.id, type: c.type, label: c.label, attributes: c.attributes };
    const [a, b] = [zoneOfEnd(c.source), zoneOfEnd(c.target)];
    if (a !== b) {
      const [first, second] = a < b ? [a, b] : [b, a];
      boundaries.set(`${first} ${second}`, { trust_zone_a: first, trust_zone_b: second });
    }
    return {
      symbolic_name: name,
      title: c.label !== '' ? c.label : (connectionTypes.get(c.type)?.name ?? c.type),
      description: connectionTypes.get(c.type)?.name ?? c.type,
      source: ref(c.source),
      destination: ref(c.target),
      has_sensitive_data: false,
      encrypted: false,
    };
  });

  // Threats raised by applicable findings, with the components they apply to; the controls that counter each.
  const affected = new Map<string, Set<string>>();
  const countered = new Map<string, Set<string>>();
  let zoneThreats = 0;
  for (const finding of assessment.findings) {
    if (finding.applicability !== 'applicable') continue;
    for (const threat of finding.threats) {
      const set = affected.get(threat) ?? new Set<string>();
      affected.set(threat, set);
      if (zoneIds.has(finding.componentId)) zoneThreats++;
      else set.add(names.get(finding.componentId)!);
      for (const rec of finding.recommendations) {
        const threats = countered.get(rec) ?? new Set<string>();
        threats.add(threat);
        countered.set(rec, threats);
      }
    }
  }
  const threatNames = new Map<string, string>();
  const threatTaken = new Set<string>();
  const catalogThreats = new Map(catalog.threats.map((t) => [t.id, t]));
  const threats: TmThreat[] = [...affected.keys()].sort().map((id) => {
    const t = catalogThreats.get(id);
    const name = symbolicName(id, threatTaken);
    threatNames.set(id, name);
    return {
      symbolic_name: name,
      title: `${id} ${t?.name ?? ''}`.trim(),
      description: t?.description ?? '',
      components_affected: [...affected.get(id)!].sort(),
      threat_persona: UNPROFILED_PERSONA,
      event: t?.name ?? id,
      sources: ['adversary'],
    };
  });

  const entriesByRec = new Map<string, AssessmentEntry[]>();
  for (const entry of Object.values(document.assessment))
    entriesByRec.set(entry.recommendationId, [...(entriesByRec.get(entry.recommendationId) ?? []), entry]);
  const items = new Map(assessment.checklist.map((i) => [i.recommendationId, i]));
  const recommendations = new Map(catalog.recommendations.map((r) => [r.id, r]));
  const controlIds = [
    ...assessment.checklist
      .filter((i) => i.applicability !== 'not-applicable' || entriesByRec.has(i.recommendationId))
      .map((i) => i.recommendationId),
    ...[...entriesByRec.keys()].filter((id) => !items.has(id)).sort(),
  ];
  const controlTaken = new Set<string>();
  const checklist: HtwExtension['checklist'] = {};
  const controls: TmControl[] = controlIds.map((id) => {
    const rec = recommendations.get(id);
    const item = items.get(id);
    const status = item?.status ?? 'not-reviewed';
    checklist[id] = { status, applicability: item?.applicability ?? 'not-applicable' };
    return {
      symbolic_name: symbolicName(id, controlTaken),
      title: rec ? `${id} ${rec.title}` : id,
      description: rec?.requirement ?? 'Not in the catalog this project was exported with.',
      threats: [...(countered.get(id) ?? [])]
        .sort()
        .map((t) => threatNames.get(t)!)
        .filter((t) => t !== undefined),
      status: CONTROL_STATUS[status],
      priority: 'none',
    };
  });

  const extension: HtwExtension = {
    format: document.format,
    ...(trustZones.some((z) => z.symbolic_name === outside) ? { outsideZone: outside } : {}),
    project: {
      id: document.id,
      assessor: document.scope.assessor,
      organisation: document.scope.organisation,
      assumptions: document.scope.assumptions,
      catalog: { ...document.catalog },
      createdAt: document.createdAt,
      updatedAt: document.updatedAt,
    },
    components: Object.fromEntries(
      components.map((c) => [
        names.get(c.id)!,
        {
          id: c.id,
          type: c.type,
          position: c.position,
          ...(c.size ? { size: c.size } : {}),
          ...(c.parentId !== undefined ? { parentId: c.parentId } : {}),
          attributes: c.attributes,
          ...(c.provenance ? { provenance: c.provenance } : {}),
        },
      ]),
    ),
    connections,
    assessment: Object.values(document.assessment).map(portableEntry),
    checklist,
  };

  const tmBom: TmDocument = {
    $schema: TM_BOM_SCHEMA_URL,
    version: TM_BOM_VERSION,
    scope: {
      title: document.name,
      description: document.scope.description,
      // Not recorded by the workbench: placeholders consistent with the library's tier rule, listed in the loss report.
      business_criticality: 'moderate',
      data_sensitivity: [],
      exposure: 'internal',
      tier: 'non_critical',
    },
    ...(document.scope.organisation !== '' ? { description: `Platform of ${document.scope.organisation}.` } : {}),
    trust_zones: trustZones,
    trust_boundaries: [...boundaries.values()],
    actors: [],
    components: tmComponents,
    data_stores: [],
    data_sets: [],
    data_flows: dataFlows,
    assumptions:
      document.scope.assumptions.trim() !== ''
        ? [{ description: document.scope.assumptions, validity: 'unconfirmed' }]
        : [],
    threat_personas:
      threats.length > 0
        ? [
            {
              symbolic_name: UNPROFILED_PERSONA,
              title: 'Threat source not profiled',
              description:
                'The workbench catalog does not say who carries out a threat; this placeholder stands for every threat source.',
              is_person: true,
              skill_level: 'engineer',
              access_level: 'user',
              malicious_intent: true,
              applicability_to_org: 'moderate',
            },
          ]
        : [],
    threats,
    controls,
    extensions: { [HTW_EXTENSION]: extension },
  };
  return { tmBom, losses: tmBomLosses(document, zoneThreats, dataFlows.length, threats.length) };
}

/** The CycloneDX 1.6 BOM carrying the TM-BOM for `document`. Pure. */
export function toTmBom(document: WorkbenchDocument, source: CatalogSource): TmBomExport {
  const { tmBom, losses } = toTmBomDocument(document, source);
  const serial = serialUuid(document);
  const bom = {
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${serial}`,
    version: 1,
    metadata: {
      timestamp: document.updatedAt,
      tools: { components: [{ type: 'application', name: 'Hypervisor Threat Workbench' }] },
      component: {
        type: 'platform',
        'bom-ref': PLATFORM_REF,
        name: document.name,
        ...(document.scope.description !== '' ? { description: document.scope.description } : {}),
        externalReferences: [
          {
            type: 'threat-model',
            url: `urn:cdx:${serial}/1#${TM_BOM_REF}`,
            comment: 'The threat model of this platform, inline in this BOM.',
          },
        ],
      },
    },
    components: [
      {
        type: 'data',
        'bom-ref': TM_BOM_REF,
        name: `${document.name}: threat model`,
        data: [
          {
            type: 'definition',
            name: 'TM-BOM',
            description: `OWASP Threat Model Library ${TM_BOM_VERSION} document (${TM_BOM_SCHEMA_URL})`,
            contents: { attachment: { contentType: 'application/json', content: JSON.stringify(tmBom, null, 2) } },
          },
        ],
      },
    ],
  };
  return { bom, tmBom, losses };
}

function tmBomLosses(document: WorkbenchDocument, zoneThreats: number, flows: number, threats: number): LossReport {
  const items: LossItem[] = [];
  const entries = Object.values(document.assessment);
  const files = entries.reduce((n, e) => n + e.evidence.filter((x) => x.kind === 'file').length, 0);
  const workshops = Object.keys(document.workshops).length;
  const s = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
  addLoss(
    items,
    'evidence-files',
    files,
    `${s(files, 'evidence file')}: TM-BOM holds no files, so they are left out (notes and links are kept).`,
  );
  addLoss(
    items,
    'workshops',
    workshops,
    `${s(workshops, 'workshop record')} (agenda, decisions, actions, parking lot): TM-BOM has nothing like them, so they are left out.`,
  );
  addLoss(
    items,
    'zone-threats',
    zoneThreats,
    `${s(zoneThreats, 'threat finding')} on trust boundaries: a TM-BOM threat lists only components as affected, so the boundary is not named there.`,
  );
  addLoss(
    items,
    'scope-placeholders',
    0,
    'Business criticality, data sensitivity, exposure and tier: the workbench does not record them; TM-BOM requires them, written as moderate, none, internal and non-critical. Review them before relying on them.',
    true,
  );
  addLoss(
    items,
    'flow-placeholders',
    flows,
    `${s(flows, 'data flow')}: TM-BOM requires "has sensitive data" and "encrypted"; the workbench does not record them, written as false.`,
  );
  addLoss(
    items,
    'persona-placeholder',
    threats,
    `${s(threats, 'threat')}: each names one placeholder threat persona and the source "adversary"; the catalog does not profile threat sources. No risks are written: the workbench does not rate likelihood or impact.`,
  );
  addLoss(
    items,
    'extensions',
    0,
    'Component types, attributes, positions, per-component statuses, assessment entries and connection types travel in one extensions entry: our import reads it back, other tools keep or ignore it. Not-applicable and risk-accepted controls are both "won\'t do" outside it.',
    true,
  );
  return { format: TM_BOM_FORMAT_NAME, direction: 'export', items };
}

/** The file text: the CycloneDX BOM, pretty-printed JSON with a final newline. */
export function tmBomFileText(bom: Record<string, unknown>): string {
  return `${JSON.stringify(bom, null, 2)}\n`;
}
