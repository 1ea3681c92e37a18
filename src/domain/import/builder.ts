/** Collects components and connections for one file; the same key twice is one component. */
import type { AttributeValue } from '../model/schema';
import type { ImportedComponent, ImportedConnection, ImportResult, Provenance } from './types';

export class ImportBuilder {
  private readonly components = new Map<string, ImportedComponent>();
  private readonly connections: ImportedConnection[] = [];
  constructor(readonly file: string) {}

  at(path: string): Provenance {
    return { file: this.file, at: path };
  }

  component(key: string, type: string, name: string, path: string): ImportedComponent {
    let c = this.components.get(key);
    if (!c) {
      c = { key, type, name, attributes: {}, observations: [], source: this.at(path) };
      this.components.set(key, c);
    }
    return c;
  }

  /** Sets an attribute when the file said something; `undefined` leaves it unknown. */
  set(c: ImportedComponent, attribute: string, value: Exclude<AttributeValue, null> | undefined, path: string): void {
    // The first statement in a file wins (e.g. the first virtio NIC's vhost driver for the shared back end).
    if (value === undefined || c.attributes[attribute]) return;
    c.attributes[attribute] = { value, source: this.at(path) };
  }

  observe(c: ImportedComponent, text: string, path: string): void {
    if (!c.observations.some((o) => o.text === text)) c.observations.push({ text, source: this.at(path) });
  }

  connect(
    type: string,
    from: string,
    to: string,
    path: string,
    attributes: Record<string, Exclude<AttributeValue, null>> = {},
    label = '',
  ): void {
    const dup = this.connections.find((x) => x.type === type && x.from === from && x.to === to && x.label === label);
    const attrs = Object.fromEntries(
      Object.entries(attributes).map(([k, v]) => [k, { value: v, source: this.at(path) }]),
    );
    if (dup) {
      Object.assign(dup.attributes, attrs);
      return;
    }
    this.connections.push({ type, from, to, label, attributes: attrs, source: this.at(path) });
  }

  result(): ImportResult {
    return { components: [...this.components.values()], connections: this.connections };
  }
}

/** The host and hypervisor every import shares (one host per import). */
export const HOST_KEY = 'host';
export const HYPERVISOR_KEY = 'hypervisor';
export const guestKey = (name: string) => `guest:${name}`;
export const switchKey = (name: string) => `switch:${name}`;
