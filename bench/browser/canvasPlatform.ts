/**
 * A generated platform for the canvas benchmarks: 50 hosts in a 10 x 5 grid, each holding a
 * hypervisor kernel, 6 guest VMs, a passthrough GPU and a virtual switch (500 components),
 * joined by 1,000 connections of the kinds the bundled catalog allows (runs-on, network links,
 * device assignment, data flows, migration paths). Deterministic.
 */
interface Component {
  id: string;
  type: string;
  name: string;
  notes: string;
  position: { x: number; y: number };
  size?: { width: number; height: number };
  parentId?: string;
  attributes: Record<string, string | number | boolean | null>;
}

interface Connection {
  id: string;
  type: string;
  source: string;
  target: string;
  label: string;
  attributes: Record<string, string | number | boolean | null>;
}

const HOST = { width: 740, height: 330 };
const SLOT = { width: 235, height: 80 };

export function generateCanvasPlatform(catalog: { id: string; version: string }, hosts = 50) {
  const components: Record<string, Component> = {};
  const connections: Record<string, Connection> = {};
  const add = (c: Omit<Component, 'notes'>) => (components[c.id] = { notes: '', ...c });
  let n = 0;
  const link = (type: string, source: string, target: string, attributes: Connection['attributes'] = {}) => {
    const id = `c${n++}`;
    connections[id] = { id, type, source, target, label: '', attributes };
  };
  for (let h = 0; h < hosts; h++) {
    const host = `h${h}`;
    add({
      id: host,
      type: 'physical-host',
      name: `host-${h}`,
      position: { x: (h % 10) * (HOST.width + 80), y: Math.floor(h / 10) * (HOST.height + 80) },
      size: HOST,
      attributes: { liveMigration: true, clustered: true },
    });
    const slot = (i: number) => ({ x: 20 + (i % 3) * SLOT.width, y: 56 + Math.floor(i / 3) * SLOT.height });
    add({ id: `k${h}`, type: 'hypervisor-kernel', name: `kvm-${h}`, parentId: host, position: slot(0), attributes: { paravirtualization: true } });
    add({ id: `sw${h}`, type: 'virtual-switch', name: `vswitch-${h}`, parentId: host, position: slot(1), attributes: { segmentation: true } });
    add({ id: `gpu${h}`, type: 'passthrough-device', name: `gpu-${h}`, parentId: host, position: slot(2), attributes: { dmaCapable: true } });
    for (let v = 0; v < 6; v++) {
      add({
        id: `vm${h}-${v}`,
        type: 'guest-vm',
        name: `vm-${h}-${v}`,
        parentId: host,
        position: slot(3 + v),
        attributes: { antiMalware: v % 2 === 0, sensitiveWorkload: v === 0, createdFromImage: true },
      });
    }
    // 20 connections per host: 6 runs-on, 6 network links, 1 device assignment, 5 data flows,
    // the kernel on the switch, and a migration path to the next host.
    for (let v = 0; v < 6; v++) link('runs-on', `vm${h}-${v}`, `k${h}`);
    for (let v = 0; v < 6; v++) link('network-link', `vm${h}-${v}`, `sw${h}`);
    link('device-assignment', `gpu${h}`, `vm${h}-0`, { mode: 'passthrough' });
    for (let v = 0; v < 5; v++) link('data-flow', `vm${h}-${v}`, `vm${h}-${v + 1}`, { protocol: '', encrypted: null });
    link('network-link', `k${h}`, `sw${h}`);
    link('migration-path', host, `h${(h + 1) % hosts}`, { encrypted: true, authenticated: true });
  }
  return {
    format: 'hypervisor-threat-workbench/document',
    schemaVersion: 1,
    id: 'benchcanvas500',
    name: 'Generated platform (500 components)',
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    catalog,
    scope: { assessor: '', organisation: '', description: '', assumptions: '' },
    components,
    connections,
    assessment: {},
    workshops: {},
  };
}
