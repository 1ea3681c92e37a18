/**
 * A workbench document as an OWASP Threat Dragon v2 model (td.vue/src/assets/schema/
 * threat-dragon-v2.schema.json), so a team can open our platform in Threat Dragon: one
 * diagram, hosts and trust boundaries as boundary boxes, storage as stores, every other
 * component as a process, connections as flows, and on each cell the catalog threats the
 * rules raise there, with the countering HY-SR items and their status as the mitigation text.
 * Threat Dragon has one mitigation text per threat and a fixed property set, so much is lost:
 * the loss report says what.
 */
import type { CatalogData } from '../../catalog/schema';
import { componentStatus } from '../../checklist/buildChecklist';
import { STATUS_LABELS } from '../../checklist/status';
import type { AssessmentStatus, Component, WorkbenchDocument } from '../../model/schema';
import { assess } from '../../rules/assess';
import { toEngineCatalog, type CatalogSource } from '../../rules/engineCatalog';
import { addLoss, type LossItem, type LossReport } from '../lossReport';
import { plural, pluralWord } from '../../text/plural';

export const THREAT_DRAGON_VERSION = '2.3.0';
export const THREAT_DRAGON_FORMAT_NAME = 'Threat Dragon v2';
/** Size of a cell whose component has none on our canvas (only containers have sizes). */
const NODE = { width: 160, height: 80 } as const;

/** Status names in running text: the checklist's labels, lower-cased. */
const statusInText = (status: AssessmentStatus): string => STATUS_LABELS[status].toLowerCase();

type Cell = Record<string, unknown>;

export interface ThreatDragonExport {
  model: Record<string, unknown>;
  losses: LossReport;
}

/** Absolute canvas positions: ours are relative to the parent, Threat Dragon's (X6) are not. */
function absolutePosition(document: WorkbenchDocument, component: Component): { x: number; y: number } {
  let { x, y } = component.position;
  const seen = new Set([component.id]);
  let parentId = component.parentId;
  while (parentId !== undefined && !seen.has(parentId)) {
    seen.add(parentId);
    const parent = document.components[parentId];
    if (!parent) break;
    x += parent.position.x;
    y += parent.position.y;
    parentId = parent.parentId;
  }
  return { x, y };
}

function describeAttributes(component: Component): string {
  const lines = Object.entries(component.attributes).map(
    ([key, value]) => `${key}: ${value === null ? 'unknown' : String(value)}`,
  );
  return [
    component.notes,
    lines.length > 0 ? `Workbench type: ${component.type}\n${lines.join('\n')}` : `Workbench type: ${component.type}`,
  ]
    .filter((s) => s !== '')
    .join('\n\n');
}

export function toThreatDragon(document: WorkbenchDocument, source: CatalogSource): ThreatDragonExport {
  const catalog: CatalogData = toEngineCatalog(source).data;
  const assessment = assess(document, source);
  const types = new Map(catalog.componentTypes.map((t) => [t.id, t]));
  const threats = new Map(catalog.threats.map((t) => [t.id, t]));
  const recommendations = new Map(catalog.recommendations.map((r) => [r.id, r]));
  const byComponent = new Map<string, Map<string, Set<string>>>();
  for (const f of assessment.findings) {
    if (f.applicability !== 'applicable') continue;
    const perThreat = byComponent.get(f.componentId) ?? new Map<string, Set<string>>();
    byComponent.set(f.componentId, perThreat);
    for (const t of f.threats) {
      const recs = perThreat.get(t) ?? new Set<string>();
      perThreat.set(t, recs);
      for (const r of f.recommendations) recs.add(r);
    }
  }

  let number = 0;
  let zoneThreats = 0;
  const cells: Cell[] = [];
  const components = Object.values(document.components);
  components.forEach((c, index) => {
    const type = types.get(c.type);
    const container = type?.container === true;
    const size = c.size ?? NODE;
    const cellThreats = [...(byComponent.get(c.id) ?? new Map<string, Set<string>>())].map(([threatId, recs]) => {
      const statuses = [...recs].map((r) => componentStatus(document, r, c.id));
      const mitigated = statuses.length > 0 && statuses.every((s) => s === 'implemented' || s === 'not-applicable');
      const accepted =
        !mitigated &&
        statuses.length > 0 &&
        statuses.every((s) => s === 'implemented' || s === 'not-applicable' || s === 'risk-accepted');
      const t = threats.get(threatId);
      return {
        title: `${threatId} ${t?.name ?? ''}`.trim(),
        type: t?.kind ?? 'platform-threat',
        status: mitigated ? 'Mitigated' : accepted ? 'Accepted' : 'Open',
        severity: 'Medium',
        score: '',
        description: t?.description ?? '',
        mitigation: [...recs]
          .map((r, i) => `${r} ${recommendations.get(r)?.title ?? ''} (${statusInText(statuses[i]!)})`)
          .join('\n'),
        modelType: 'Generic',
        number: ++number,
        threatId: `${c.id}-${threatId}`,
      };
    });
    if (container && cellThreats.length > 0) zoneThreats++;
    const common = {
      id: c.id,
      position: absolutePosition(document, c),
      size: { width: Math.max(size.width, 10), height: Math.max(size.height, 10) },
      visible: true,
      zIndex: container ? -1 - (components.length - index) : index + 1,
    };
    if (container) {
      cells.push({
        ...common,
        shape: 'trust-boundary-box',
        attrs: { label: { text: c.name } },
        data: {
          type: 'tm.BoundaryBox',
          name: c.name,
          description: describeAttributes(c),
          isTrustBoundary: true,
          hasOpenThreats: false,
        },
      });
      return;
    }
    const store = type?.category === 'storage';
    cells.push({
      ...common,
      shape: store ? 'store' : 'process',
      attrs: { text: { text: c.name } },
      data: {
        type: store ? 'tm.Store' : 'tm.Process',
        name: c.name,
        description: describeAttributes(c),
        outOfScope: false,
        reasonOutOfScope: '',
        hasOpenThreats: cellThreats.some((t) => t.status === 'Open'),
        threats: cellThreats,
      },
      threats: cellThreats,
    });
  });
  const connectionTypes = new Map(catalog.connectionTypes.map((t) => [t.id, t]));
  Object.values(document.connections).forEach((c, index) => {
    const type = connectionTypes.get(c.type);
    const name = c.label !== '' ? c.label : (type?.name ?? c.type);
    cells.push({
      id: c.id,
      shape: 'flow',
      zIndex: components.length + index + 1,
      connector: 'smooth',
      source: { cell: c.source },
      target: { cell: c.target },
      attrs: {
        line: {
          stroke: '#333333',
          strokeWidth: 1.5,
          targetMarker: { name: type?.directed === false ? '' : 'block' },
          sourceMarker: { name: '' },
          strokeDasharray: null,
        },
      },
      labels: [name],
      data: {
        type: 'tm.Flow',
        name,
        description: [
          `Workbench connection type: ${c.type}`,
          ...Object.entries(c.attributes).map(([k, v]) => `${k}: ${v === null ? 'unknown' : String(v)}`),
        ].join('\n'),
        outOfScope: false,
        reasonOutOfScope: '',
        hasOpenThreats: false,
        isBidirectional: type ? !type.directed : false,
        isEncrypted: false,
        isPublicNetwork: false,
        protocol: '',
        threats: [],
      },
    });
  });

  const model = {
    version: THREAT_DRAGON_VERSION,
    summary: {
      title: document.name,
      owner: document.scope.assessor,
      description: [document.scope.description, document.scope.assumptions].filter((s) => s !== '').join('\n\n'),
      id: 0,
    },
    detail: {
      contributors: document.scope.assessor !== '' ? [{ name: document.scope.assessor }] : [],
      diagrams: [
        {
          id: 0,
          title: document.name,
          diagramType: 'Generic',
          placeholder: '',
          thumbnail: './public/content/images/thumbnail.jpg',
          version: THREAT_DRAGON_VERSION,
          description: 'Exported from the Hypervisor Threat Workbench.',
          cells,
        },
      ],
      diagramTop: 1,
      reviewer: '',
      threatTop: number,
    },
  };

  const items: LossItem[] = [];
  const entries = Object.values(document.assessment);
  const workshops = Object.keys(document.workshops).length;
  addLoss(
    items,
    'assessment',
    entries.length,
    `${plural(entries.length, 'assessment entry', 'assessment entries')} (justification, owner, dates, evidence, approvals): Threat Dragon has one mitigation text per threat, so only each item's status is written there.`,
  );
  addLoss(
    items,
    'attributes',
    0,
    'Component attributes and types, and connection types: Threat Dragon has a fixed set of properties, so they are written as text in the descriptions and cannot be read back.',
    true,
  );
  addLoss(
    items,
    'zone-threats',
    zoneThreats,
    `Threats on ${plural(zoneThreats, 'host')} or trust ${pluralWord(zoneThreats, 'boundary', 'boundaries')}: Threat Dragon boundaries carry no threats, so they are left out.`,
  );
  addLoss(items, 'severity', 0, 'Threat severity: the workbench does not rate threats; written as Medium.', true);
  addLoss(
    items,
    'workshops',
    workshops,
    `${plural(workshops, 'workshop record')}: Threat Dragon has nothing like them.`,
  );
  return { model, losses: { format: THREAT_DRAGON_FORMAT_NAME, direction: 'export', items } };
}

export function threatDragonFileText(model: Record<string, unknown>): string {
  return `${JSON.stringify(model, null, 2)}\n`;
}
