/**
 * Drift: where the configuration contradicts the drawn model. Components are matched by
 * name (case-insensitive) and type; the host and hypervisor by type when the model has
 * exactly one. Attributes the configuration does not state are never reported.
 */
import type { WorkbenchDocument } from '../model/schema';
import type { AttributeValue } from '../model/schema';
import { HOST_KEY, HYPERVISOR_KEY } from './builder';
import type { ImportResult, Provenance } from './types';

/** Types a configuration enumerates completely by name, so a drawn one absent from it is drift. */
const ENUMERATED_TYPES = new Set(['guest-vm', 'device-driver-vm', 'virtual-switch']);

export type DriftItem =
  | {
      kind: 'attribute';
      component: string;
      componentId: string;
      type: string;
      attribute: string;
      drawn: AttributeValue;
      configured: AttributeValue;
      source: Provenance;
    }
  | { kind: 'missing-in-model'; component: string; type: string; source: Provenance; key: string }
  | { kind: 'missing-in-configuration'; component: string; componentId: string; type: string };

export function computeDrift(document: WorkbenchDocument, configured: ImportResult): DriftItem[] {
  const drawn = Object.values(document.components);
  const items: DriftItem[] = [];
  const matched = new Set<string>();
  for (const c of configured.components) {
    let match = drawn.find((d) => d.type === c.type && d.name.toLowerCase() === c.name.toLowerCase());
    if (!match && (c.key === HOST_KEY || c.key === HYPERVISOR_KEY)) {
      const ofType = drawn.filter((d) => d.type === c.type);
      if (ofType.length === 1) match = ofType[0];
    }
    if (!match) {
      items.push({ kind: 'missing-in-model', component: c.name, type: c.type, source: c.source, key: c.key });
      continue;
    }
    matched.add(match.id);
    for (const [id, a] of Object.entries(c.attributes)) {
      const value = match.attributes[id] ?? null;
      if (value !== a.value)
        items.push({
          kind: 'attribute',
          component: match.name,
          componentId: match.id,
          type: match.type,
          attribute: id,
          drawn: value,
          configured: a.value,
          source: a.source,
        });
    }
  }
  for (const d of drawn) {
    if (ENUMERATED_TYPES.has(d.type) && !matched.has(d.id))
      items.push({ kind: 'missing-in-configuration', component: d.name, componentId: d.id, type: d.type });
  }
  return items;
}

const show = (v: AttributeValue) => (v === null ? 'unknown' : JSON.stringify(v));

export function describeDrift(item: DriftItem): string {
  switch (item.kind) {
    case 'attribute':
      return `${item.component}: ${item.attribute} is ${show(item.drawn)} in the model but ${show(item.configured)} in the configuration (from ${item.source.file}, ${item.source.at})`;
    case 'missing-in-model':
      return `${item.component} (${item.type}) is configured (from ${item.source.file}, ${item.source.at}) but not in the model`;
    case 'missing-in-configuration':
      return `${item.component} (${item.type}) is in the model but in none of the configuration files`;
  }
}
