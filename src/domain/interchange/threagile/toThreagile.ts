/**
 * A workbench document as a Threagile model (support/schema.json), so Threagile's own rules
 * (mixed targets on a shared runtime, platform escape…) give a second opinion on our
 * architecture: guest and management VMs and device emulators become virtual technical
 * assets, other components physical ones, each physical host a shared runtime plus an
 * execution-environment trust boundary, trust boundaries on-prem network boundaries, and
 * connections communication links. Our checklist statuses go to security_requirements as
 * text: Threagile tracks its own risks, not ours.
 */
import type { CatalogData } from '../../catalog/schema';
import type { Component, WorkbenchDocument } from '../../model/schema';
import { assess } from '../../rules/assess';
import { toEngineCatalog, type CatalogSource } from '../../rules/engineCatalog';
import { addLoss, type LossItem, type LossReport } from '../lossReport';
import { yamlText, type Json } from './yamlText';
import { plural } from '../../text/plural';

export const THREAGILE_FORMAT_NAME = 'Threagile';
const VIRTUAL_TYPES = new Set(['device-emulator']);
const MULTI_TENANT_TYPES = new Set([
  'hypervisor-kernel',
  'virtual-switch',
  'storage',
  'image-library',
  'physical-nic',
  'nic-team',
]);

export interface ThreagileExport {
  model: { [key: string]: Json };
  losses: LossReport;
}

function uniqueTitle(title: string, taken: Set<string>): string {
  let t = title;
  for (let n = 2; taken.has(t); n++) t = `${title} (${n})`;
  taken.add(t);
  return t;
}

export function toThreagile(document: WorkbenchDocument, source: CatalogSource): ThreagileExport {
  const catalog: CatalogData = toEngineCatalog(source).data;
  const types = new Map(catalog.componentTypes.map((t) => [t.id, t]));
  const connectionTypes = new Map(catalog.connectionTypes.map((t) => [t.id, t]));
  const components = Object.values(document.components);
  const kind = (c: Component) =>
    c.type === 'physical-host' ? 'host' : types.get(c.type)?.container ? 'boundary' : 'asset';
  const assets = components.filter((c) => kind(c) === 'asset');
  const assetIds = new Set(assets.map((c) => c.id));
  const usage = (c: Component) => (types.get(c.type)?.category === 'management' ? 'devops' : 'business');
  let droppedLinks = 0;

  const technical: { [key: string]: Json } = {};
  const titles = new Set<string>();
  for (const c of assets) {
    const type = types.get(c.type);
    const links: { [key: string]: Json } = {};
    const linkTitles = new Set<string>();
    for (const link of Object.values(document.connections).filter((l) => l.source === c.id)) {
      if (!assetIds.has(link.target)) {
        droppedLinks++;
        continue;
      }
      links[uniqueTitle(link.label || (connectionTypes.get(link.type)?.name ?? link.type), linkTitles)] = {
        target: link.target,
        description: `Workbench connection ${link.id} (${link.type})`,
        protocol: 'unknown-protocol',
        authentication: 'none',
        authorization: 'none',
        tags: [],
        vpn: false,
        ip_filtered: false,
        readonly: false,
        usage: usage(c),
        data_assets_sent: [],
        data_assets_received: [],
      };
    }
    technical[uniqueTitle(c.name, titles)] = {
      id: c.id,
      description: c.notes || (type?.name ?? c.type),
      type: type?.category === 'storage' ? 'datastore' : 'process',
      usage: usage(c),
      used_as_client_by_human: c.type === 'management-console',
      out_of_scope: false,
      justification_out_of_scope: '',
      size: 'component',
      technologies: [],
      tags: [c.type],
      internet: false,
      machine: type?.category === 'vm' || VIRTUAL_TYPES.has(c.type) ? 'virtual' : 'physical',
      encryption: 'none',
      owner: '',
      confidentiality: 'internal',
      integrity: 'important',
      availability: 'important',
      justification_cia_rating: 'Not rated by the workbench: placeholder values.',
      multi_tenant: MULTI_TENANT_TYPES.has(c.type),
      redundant: false,
      custom_developed_parts: false,
      data_assets_processed: [],
      data_assets_stored: [],
      data_formats_accepted: [],
      communication_links: links,
    };
  }

  const children = (id: string) => components.filter((c) => c.parentId === id);
  const boundaries: { [key: string]: Json } = {};
  const runtimes: { [key: string]: Json } = {};
  const boundaryTitles = new Set<string>();
  for (const c of components.filter((x) => kind(x) !== 'asset')) {
    const inside = children(c.id);
    boundaries[uniqueTitle(c.name, boundaryTitles)] = {
      id: c.id,
      description: c.notes || (types.get(c.type)?.name ?? c.type),
      type: kind(c) === 'host' ? 'execution-environment' : 'network-on-prem',
      tags: [c.type],
      technical_assets_inside: inside.filter((x) => assetIds.has(x.id)).map((x) => x.id),
      trust_boundaries_nested: inside.filter((x) => !assetIds.has(x.id)).map((x) => x.id),
    };
    if (kind(c) === 'host') {
      runtimes[c.name] = {
        id: `${c.id}-runtime`,
        description: `Everything running on ${c.name}`,
        tags: [c.type],
        technical_assets_running: inside.filter((x) => assetIds.has(x.id)).map((x) => x.id),
      };
    }
  }

  const requirements: { [key: string]: Json } = {};
  for (const item of assess(document, source).checklist) {
    if (item.applicability === 'not-applicable') continue;
    const title = catalog.recommendations.find((r) => r.id === item.recommendationId)?.title ?? '';
    requirements[`${item.recommendationId} ${title}`.trim()] =
      `Status in the workbench: ${item.status}${item.applicability === 'needs-input' ? ' (applicability needs input)' : ''}.`;
  }

  const model: { [key: string]: Json } = {
    threagile_version: '1.0.0',
    title: document.name,
    date: document.updatedAt.slice(0, 10),
    author: { name: document.scope.assessor || 'Hypervisor Threat Workbench' },
    management_summary_comment: document.scope.description,
    business_criticality: 'important',
    business_overview: { description: document.scope.description, images: [] },
    technical_overview: { description: document.scope.assumptions, images: [] },
    questions: {},
    abuse_cases: {},
    security_requirements: requirements,
    tags_available: [...new Set(components.map((c) => c.type))].sort(),
    data_assets: {},
    technical_assets: technical,
    trust_boundaries: boundaries,
    shared_runtimes: runtimes,
    individual_risk_categories: {},
    risk_tracking: {},
  };

  const items: LossItem[] = [];
  const entries = Object.values(document.assessment).length;
  addLoss(
    items,
    'statuses',
    0,
    'Checklist statuses: Threagile tracks its own risks, so ours are written only as text in security_requirements; assessment entries, evidence and workshops are left out.',
    true,
  );
  addLoss(
    items,
    'entries',
    entries,
    `${plural(entries, 'assessment entry', 'assessment entries')} (justification, owners, dates, evidence): not written.`,
  );
  addLoss(
    items,
    'attributes',
    0,
    'Component attributes and positions: Threagile has no place for them; protocols, encryption and CIA ratings are placeholders to review.',
    true,
  );
  addLoss(
    items,
    'links',
    droppedLinks,
    `${plural(droppedLinks, 'connection')} to a host or trust boundary: Threagile links join technical assets only, so they are left out.`,
  );
  addLoss(
    items,
    'data-assets',
    0,
    'Data assets: the workbench models none; add them in Threagile for its data-flow rules.',
    true,
  );
  return { model, losses: { format: THREAGILE_FORMAT_NAME, direction: 'export', items } };
}

export function threagileFileText(model: { [key: string]: Json }): string {
  return yamlText(model, 'Threagile model exported by the Hypervisor Threat Workbench.');
}
