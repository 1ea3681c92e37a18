/**
 * Smoke test of the built command line through its launcher (`bin/htw.mjs` ->
 * `dist-cli/htw.mjs`). Skipped until `npm run build:cli` has run; `runCli.test.ts` covers the
 * behaviour without a build.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const built = existsSync(join(root, 'dist-cli', 'htw.mjs'));
const htw = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'htw.mjs'), ...args], { cwd: root, encoding: 'utf8' });

describe.skipIf(!built)('bin/htw.mjs (built)', () => {
  it('--help exits 0 and documents assess', () => {
    const r = htw('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('htw assess <model.json>');
  });

  it('assesses a shipped template against the bundled catalog', () => {
    const r = htw('assess', 'threat-catalog/templates/kvm-libvirt.json');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.catalog.id).toBe('nist-sp800-125a-r1');
    expect(json.checklist.find((i: { id: string }) => i.id === 'HY-SR-6C').applicability).toBe('applicable');
  });

  it('assesses with the example packs (YAML read by the bundled parser) and explains them', () => {
    const r = htw(
      'assess',
      'threat-catalog/templates/esxi-cluster.json',
      '--pack',
      'threat-catalog/packs/example-org-baseline.yaml',
      '--pack',
      'threat-catalog/packs/sp800-125a-to-sp800-53r5.json',
    );
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json.checklist.find((i: { id: string }) => i.id === 'example-org-baseline.VS-09').modelEvidence).toBe(
      'contradicts',
    );
    const e = htw(
      'pack',
      'explain',
      'threat-catalog/packs/example-org-baseline.yaml',
      'threat-catalog/templates/esxi-cluster.json',
    );
    expect(e.status).toBe(0);
    expect(e.stdout).toContain('verdict example-org-baseline.V-OVERCOMMIT on VMkernel (hypervisor-kernel): stated');
  });

  it('exits 2 naming the file on a missing model', () => {
    const r = htw('assess', 'no-such-model.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('no-such-model.json');
    expect(r.stdout).toBe('');
  });
});
