#!/usr/bin/env node
/**
 * Prints every import circle among the files under src/ (static `import`/`export … from`,
 * type-only ones included; `import()` is a seam, not an edge) and exits 1 when there is one.
 * `node scripts/findImportCycles.mjs`; `npm run lint` (and so `npm test`) runs it after ESLint.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'src');
const files = readdirSync(root, { recursive: true })
  .map((f) => join(root, String(f)))
  .filter((f) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f));

const IMPORT = /(?:^|\n)\s*(?:import|export)\b[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]|(?:^|\n)\s*import\s*['"]([^'"]+)['"]/g;
function resolveSpec(from, spec) {
  if (!spec.startsWith('.')) return undefined;
  const base = resolve(dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')]) {
    if (/\.tsx?$/.test(candidate) && existsSync(candidate)) return candidate;
  }
  return undefined;
}
const edges = new Map(
  files.map((f) => [
    f,
    [...readFileSync(f, 'utf8').matchAll(IMPORT)].map((m) => resolveSpec(f, m[1] ?? m[2])).filter(Boolean),
  ]),
);

/** Tarjan's strongly connected components: every component of two or more files is a circle. */
export function findCycles(graph) {
  let index = 0;
  const stack = [];
  const meta = new Map();
  const cycles = [];
  const visit = (v) => {
    meta.set(v, { index, low: index, onStack: true });
    index++;
    stack.push(v);
    for (const w of graph.get(v) ?? []) {
      if (!meta.has(w)) {
        visit(w);
        meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).low);
      } else if (meta.get(w).onStack) meta.get(v).low = Math.min(meta.get(v).low, meta.get(w).index);
    }
    if (meta.get(v).low === meta.get(v).index) {
      const component = [];
      let w;
      do {
        w = stack.pop();
        meta.get(w).onStack = false;
        component.push(w);
      } while (w !== v);
      if (component.length > 1) cycles.push(component);
    }
  };
  for (const v of graph.keys()) if (!meta.has(v)) visit(v);
  return cycles;
}

const cycles = findCycles(edges).map((c) => c.map((f) => relative(resolve(root, '..'), f)).sort());
for (const cycle of cycles) console.log(`import circle: ${cycle.join(' <-> ')}`);
if (cycles.length === 0) console.log(`no import circles among ${files.length} files`);
process.exitCode = cycles.length > 0 ? 1 : 0;
