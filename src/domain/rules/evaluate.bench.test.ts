/**
 * Benchmarks (project `bench`, run by `npm run bench`): `evaluate` on generated platforms of
 * 1,000 and 10,000 components, and the whole `assess` for reference. Each run gets a fresh
 * document object so the memo never answers.
 */
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { assess } from './assess';
import { indexCatalog } from './engineCatalog';
import { fixtureCatalog } from '../../test/fixtures/engineCatalog';
import { generatePlatform } from '../../test/fixtures/generatePlatform';
import { medianMs, recordBench } from '../../test/bench';

const catalog = indexCatalog(fixtureCatalog);

function bench(name: string, size: number, target: string, fn: typeof evaluate | typeof assess, runs = 15) {
  const base = generatePlatform(size);
  expect(Object.keys(base.components)).toHaveLength(size);
  const value = medianMs(() => {
    fn({ ...base }, catalog);
  }, runs, 10);
  recordBench({ name, value, unit: 'ms', target });
  console.log(`${name}: ${value} ms (target ${target})`);
  return value;
}

describe('engine benchmarks', () => {
  it('evaluate-1000', () => {
    bench('evaluate-1000', 1_000, '<= 10', evaluate, 31);
  });
  it('evaluate-10000', () => {
    bench('evaluate-10000', 10_000, '<= 150', evaluate);
  });
  it('assess-10000 (reference)', () => {
    bench('assess-10000', 10_000, 'reference', assess, 7);
  });
});
