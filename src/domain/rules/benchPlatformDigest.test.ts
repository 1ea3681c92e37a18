/**
 * Issue 17 made the engine faster (compiled conditions, type plans, kept outcomes read by
 * walking, findings without facts); none of it may change a result. These digests of the
 * whole output (findings, explicit answers, verdicts) on the shared generated benchmark
 * platform were recorded with the engine as it was before that work, against the same
 * bundled catalog. A change of rule text or of the catalog changes them on purpose: record
 * the new digest in the same commit and say why. Incremental against full evaluation on
 * random edits is `incremental.test.ts`.
 */
import { describe, expect, it } from 'vitest';
import { evaluate, evaluateVerdicts, explicitAnswers } from './evaluate';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { generateBenchPlatform } from '../../test/fixtures/benchPlatform';
import { sha256Hex } from '../catalog/contentHash';

const catalog = loadBundledCatalog();

const RECORDED = [
  // A last host cut short (95 components), and the evaluate-1000 benchmark's platform.
  {
    size: 95,
    findings: 504,
    answers: 151,
    verdicts: 10,
    sha256: '6b3faf75326a1ef42ddf0bf085ea67e9ce4d0e403304b85f4b310c1ff10253aa',
  },
  {
    size: 1000,
    findings: 5265,
    answers: 1635,
    verdicts: 100,
    sha256: '312692fef6436ea96ccb557ae193f9fc5dce24a0f63c438a3f0f0e7816316d17',
  },
];

function digest(size: number) {
  const doc = generateBenchPlatform({ size, catalog: { id: catalog.id, version: catalog.version } });
  const findings = evaluate(doc, catalog);
  const out = { findings, answers: [...explicitAnswers(findings)], verdicts: evaluateVerdicts(doc, catalog) };
  return {
    size,
    findings: findings.length,
    answers: out.answers.reduce((n, [, list]) => n + list.length, 0),
    verdicts: out.verdicts.length,
    sha256: sha256Hex(JSON.stringify(out)),
  };
}

describe('engine output on the generated benchmark platform', () => {
  it.each(RECORDED)('$size components: the same findings, answers and verdicts as before issue 17', (recorded) => {
    expect(catalog.version).toBe('2.2.0');
    expect(digest(recorded.size)).toEqual(recorded);
  });
});
