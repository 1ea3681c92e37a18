/**
 * Several files, one model: one host and hypervisor, one guest per domain file, switches
 * shared by name. When two files disagree on a value the first is kept and the
 * disagreement becomes an observation, so nothing is silently overwritten.
 */
import type { ImportedComponent, ImportResult } from './types';

export function mergeImports(parts: readonly ImportResult[]): ImportResult {
  const components = new Map<string, ImportedComponent>();
  const connections = new Map<string, ImportResult['connections'][number]>();
  for (const part of parts) {
    for (const c of part.components) {
      const existing = components.get(c.key);
      if (!existing) {
        components.set(c.key, { ...c, attributes: { ...c.attributes }, observations: [...c.observations] });
        continue;
      }
      for (const [id, a] of Object.entries(c.attributes)) {
        const had = existing.attributes[id];
        if (!had) existing.attributes[id] = a;
        else if (
          had.value !== a.value &&
          !existing.observations.some((o) => o.source.file === a.source.file && o.text.startsWith(`${id} is `))
        ) {
          existing.observations.push({
            text: `${id} is ${String(a.value)} here but ${String(had.value)} in ${had.source.file}; kept ${String(had.value)}`,
            source: a.source,
          });
        }
      }
      for (const o of c.observations)
        if (!existing.observations.some((e) => e.text === o.text && e.source.file === o.source.file))
          existing.observations.push(o);
    }
    for (const x of part.connections) {
      const key = `${x.type}|${x.from}|${x.to}|${x.label}`;
      if (!connections.has(key)) connections.set(key, x);
    }
  }
  return { components: [...components.values()], connections: [...connections.values()] };
}
