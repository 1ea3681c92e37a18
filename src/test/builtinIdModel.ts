/**
 * A template whose component ids are names every JavaScript object inherits (`toString`,
 * `__proto__`, ...), with an assessment entry per renamed component. Any id-keyed lookup on a
 * plain object (`cells[bf][id]`) finds the inherited member instead of nothing, which is
 * what issue 22 item 2 found crashing the reports and the dashboard.
 */
import { readFileSync } from 'node:fs';

/** Built-in names that survive `parseUntrustedJson` (it refuses `__proto__`, `constructor`, `prototype` keys). */
export const INHERITED_NAMES = [
  'toString',
  'valueOf',
  'hasOwnProperty',
  '__defineGetter__',
  'propertyIsEnumerable',
  'isPrototypeOf',
  'toLocaleString',
] as const;
/** Names the JSON reader refuses as keys; a document built in code can still carry them. */
export const PROTOTYPE_NAMES = ['__proto__', 'constructor'] as const;

/** Template components renamed, in order: ones findings are about (hypervisor, VMs, devices), not only containers. */
export const ORIGINAL_IDS = ['kvm', 'qemu', 'vm-web', 'vm-db', 'gpu', 'kvm-node-01', 'iommu', 'ovs', 'tpm'] as const;

const TEMPLATE = new URL('../../threat-catalog/templates/kvm-libvirt.json', import.meta.url);

/**
 * The KVM template as parsed JSON with its first components renamed to `names`, every
 * reference (parents, connection ends) following, and a per-component assessment entry for
 * each. Keys are set with `Object.defineProperty` so `__proto__` becomes an own key.
 */
export function builtinIdTemplate(names: readonly string[]): Record<string, unknown> {
  const doc = JSON.parse(readFileSync(TEMPLATE, 'utf8')) as {
    components: Record<string, { id: string; parentId?: string }>;
    connections: Record<string, { source: string; target: string }>;
    assessment: Record<string, unknown>;
  };
  const chosen = ORIGINAL_IDS.slice(0, names.length);
  const rename = new Map<string, string>(chosen.map((old, i) => [old, names[i]!]));
  const to = (id: string) => rename.get(id) ?? id;
  const components: Record<string, unknown> = {};
  for (const c of Object.values(doc.components)) {
    const next = { ...c, id: to(c.id), ...(c.parentId !== undefined ? { parentId: to(c.parentId) } : {}) };
    Object.defineProperty(components, next.id, { value: next, enumerable: true, writable: true, configurable: true });
  }
  for (const c of Object.values(doc.connections)) {
    c.source = to(c.source);
    c.target = to(c.target);
  }
  const assessment: Record<string, unknown> = {};
  for (const name of names) {
    const key = `HY-SR-2@${name}`;
    const entry = {
      recommendationId: 'HY-SR-2',
      scope: name,
      status: 'not-implemented',
      justification: '',
      evidence: [],
      owner: '',
      dueDate: '',
      verifiedBy: '',
      verifiedAt: '',
      approver: '',
      approvedAt: '',
      expiresAt: '',
      comments: '',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    Object.defineProperty(assessment, key, { value: entry, enumerable: true, writable: true, configurable: true });
  }
  return { ...doc, components, assessment };
}
