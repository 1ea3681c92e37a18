/**
 * Benchmarks (project `bench`, run by `npm run bench`): `evaluate` on generated platforms of
 * 1,000 and 10,000 components (the shared generator, about 2 connections per component) against
 * the bundled catalog, and the whole `assess` for reference. Each run gets a fresh components record, as after a
 * model edit, so the memo never answers and the document index is rebuilt.
 */
import { describe, expect, it } from 'vitest';
import type { WorkbenchDocument } from '../model/schema';
import { evaluate } from './evaluate';
import { assess } from './assess';
import { indexCatalog, type EngineCatalog } from './engineCatalog';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { generateBenchPlatform } from '../../test/fixtures/benchPlatform';
import { medianMs, recordBench } from '../../test/bench';

const bundled = indexCatalog(loadBundledCatalog());

function bench(
  name: string,
  base: WorkbenchDocument,
  catalog: EngineCatalog,
  target: string,
  fn: (d: WorkbenchDocument, c: EngineCatalog) => unknown,
  runs = 15,
) {
  // A full evaluation, as after opening or importing a model: every run gets its own records
  // and component objects (prepared outside the timing), so neither the index, the findings
  // nor the per-component outcomes (incremental evaluation) come from a memo.
  // Each copy is dropped after its run, so memoised results do not pile up in the heap.
  const copies: (WorkbenchDocument | undefined)[] = Array.from({ length: runs + 10 }, () => ({
    ...base,
    components: Object.fromEntries(Object.entries(base.components).map(([id, c]) => [id, { ...c }])),
  }));
  let next = 0;
  const value = medianMs(
    () => {
      const doc = copies[next]!;
      copies[next++] = undefined;
      fn(doc, catalog);
    },
    runs,
    10,
  );
  recordBench({ name, value, unit: 'ms', target });
  console.log(`${name}: ${value} ms (target ${target}), ${evaluate(base, catalog).length} findings`);
  return value;
}

describe('engine benchmarks', { timeout: 120_000 }, () => {
  const p1k = generateBenchPlatform({ size: 1_000 });
  const p10k = generateBenchPlatform({ size: 10_000 });

  it('evaluate-1000', () => {
    expect(Object.keys(p1k.components)).toHaveLength(1_000);
    bench('evaluate-1000', p1k, bundled, '<= 5', evaluate, 31);
  });
  it('evaluate-10000', () => {
    expect(Object.keys(p10k.components)).toHaveLength(10_000);
    bench('evaluate-10000', p10k, bundled, '<= 60', evaluate);
  });
  it('evaluate-edit-10000: one attribute edit, evaluated incrementally', () => {
    evaluate(p10k, bundled);
    let doc = p10k;
    const value = medianMs(
      () => {
        const vm = doc.components['vm500-1']!;
        doc = {
          ...doc,
          components: {
            ...doc.components,
            [vm.id]: { ...vm, attributes: { ...vm.attributes, antiMalware: !vm.attributes.antiMalware } },
          },
        };
        evaluate(doc, bundled);
      },
      15,
      3,
    );
    recordBench({ name: 'evaluate-edit-10000', value, unit: 'ms', target: 'reference' });
    console.log(`evaluate-edit-10000: ${value} ms`);
  });
  it('assess-edit-500: the engine side of edit-to-findings-500 (one attribute edit, then assess)', () => {
    let doc = generateBenchPlatform({ size: 500 });
    assess(doc, bundled);
    const value = medianMs(
      () => {
        const vm = doc.components['vm0-0']!;
        doc = {
          ...doc,
          components: {
            ...doc.components,
            [vm.id]: { ...vm, attributes: { ...vm.attributes, antiMalware: !vm.attributes.antiMalware } },
          },
        };
        assess(doc, bundled);
      },
      41,
      5,
    );
    recordBench({ name: 'assess-edit-500', value, unit: 'ms', target: 'reference' });
    console.log(`assess-edit-500: ${value} ms`);
  });
  it('reference figures: whole assess', () => {
    bench('assess-1000', p1k, bundled, 'reference', assess, 15);
    bench('assess-10000', p10k, bundled, 'reference', assess, 7);
  });
});
