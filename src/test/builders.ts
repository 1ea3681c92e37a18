/**
 * Test builders: small documents and catalogs built in code, so tests say only what matters.
 */
import type { CatalogData } from '../domain/catalog/schema';
import type { Component, Connection, WorkbenchDocument } from '../domain/model/schema';
import { createDocument } from '../domain/model/operations';

export const T0 = '2026-01-01T00:00:00.000Z';

export function makeDocument(parts: { components?: Component[]; connections?: Connection[] } = {}): WorkbenchDocument {
  const doc = createDocument({ id: 'doc1', name: 'Test platform', now: T0, catalog: { id: 'test', version: '0.0.1' } });
  for (const c of parts.components ?? []) doc.components[c.id] = c;
  for (const c of parts.connections ?? []) doc.connections[c.id] = c;
  return doc;
}

export function makeComponent(id: string, type: string, extra: Partial<Component> = {}): Component {
  return { id, type, name: id, notes: '', position: { x: 0, y: 0 }, attributes: {}, ...extra };
}

export function makeConnection(id: string, type: string, source: string, target: string, attributes = {}): Connection {
  return { id, type, source, target, label: '', attributes };
}

const provenance = { publication: 'Workbench', section: 'test', basis: 'inferred' } as const;

/** A two-type catalog fragment for editing tests (hosts contain VMs; VMs run on hosts). */
export const EDITING_CATALOG: Pick<CatalogData, 'componentTypes' | 'connectionTypes'> = {
  componentTypes: [
    {
      id: 'physical-host',
      name: 'Physical host',
      category: 'platform',
      icon: 'server',
      description: 'A server.',
      container: true,
      allowedParents: [],
      provenance,
      attributes: [{ id: 'cluster', label: 'Cluster member', type: 'boolean', unknownAllowed: true, default: null }],
    },
    {
      id: 'guest-vm',
      name: 'Guest VM',
      category: 'vm',
      icon: 'vm',
      description: 'A VM.',
      container: false,
      allowedParents: ['physical-host'],
      provenance,
      attributes: [
        {
          id: 'os',
          label: 'Guest OS',
          type: 'enum',
          options: [
            { value: 'linux', label: 'Linux' },
            { value: 'windows', label: 'Windows' },
          ],
          unknownAllowed: true,
        },
        { id: 'label', label: 'Label', type: 'text', maxLength: 100 },
      ],
    },
  ],
  connectionTypes: [
    {
      id: 'runs-on',
      name: 'Runs on',
      description: 'A VM runs on a host.',
      allowed: [{ from: ['guest-vm'], to: ['physical-host'] }],
      directed: true,
      attributes: [],
    },
  ],
};
