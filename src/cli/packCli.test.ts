/**
 * `htw assess --pack`, `htw pack lint` and `htw pack explain` through the real command line
 * (`runCli` with the Node file reader of main.ts) on the shipped example packs and templates.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { nodeIo } from './main';
import { SHIPPED, runShippedCli } from '../test/shippedCli';
import { nodeReportIo, runReport } from './reportCommand';

const CROSSWALK = SHIPPED.crosswalkPack;
const BASELINE = SHIPPED.baselinePack;
const ESXI = SHIPPED.esxiTemplate;
const KVM = SHIPPED.kvmTemplate;

const run = runShippedCli;

describe('htw assess --pack', () => {
  it('puts the pack items and crosswalks into JSON', () => {
    const r = run('assess', ESXI, '--pack', CROSSWALK, '--pack', BASELINE);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json.packs.map((p: { id: string; version: string }) => `${p.id}@${p.version}`)).toEqual([
      'sp800-125b@1.0.0',
      'sp800-125a-to-sp800-53r5@1.0.0',
      'example-org-baseline@1.1.0',
    ]);
    const vs09 = json.checklist.find((i: { id: string }) => i.id === 'example-org-baseline.VS-09');
    expect(vs09).toMatchObject({
      pack: 'example-org-baseline',
      applicability: 'applicable',
      modelEvidence: 'contradicts',
    });
    expect(vs09.crosswalks).toEqual([
      {
        pack: 'example-org-baseline',
        scheme: 'sp800-53r5',
        id: 'SC-6',
        title: 'Resource Availability',
        basis: 'INFERRED',
      },
    ]);
    const core = json.checklist.find((i: { id: string }) => i.id === 'HY-SR-13');
    expect(core.pack).toBeNull();
    expect(core.crosswalks.map((c: { id: string }) => c.id)).toEqual(['SC-8', 'IA-3', 'IA-2', 'SC-7', 'AC-4']);
    expect(json.summary.total).toBe(json.checklist.length);
  });

  it('puts them into Markdown and CSV too', () => {
    const md = run('assess', KVM, '--pack', BASELINE, '--format', 'md');
    expect(md.code).toBe(0);
    expect(md.out).toContain('## Packs');
    expect(md.out).toContain('example-org-baseline 1.1.0');
    expect(md.out).toMatch(
      /\| example-org-baseline\.VS-08 \| Signed images from the approved library over TLS \| Applicable \|/,
    );
    const csv = run('assess', KVM, '--pack', BASELINE, '--format', 'csv');
    expect(csv.code).toBe(0);
    const header = csv.out.split('\r\n')[0]!;
    expect(header.endsWith('"Crosswalks (packs)"')).toBe(true);
    const row = csv.out.split('\r\n').find((l) => l.startsWith('"example-org-baseline.VS-06"'))!;
    expect(row).toContain(
      'sp800-53r5 IA-2(1) (INFERRED, example-org-baseline); cci CCI-000765 (INFERRED, example-org-baseline)',
    );
  });

  it('refuses a bad pack with file and path, writing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'htw-pack-'));
    const bad = join(dir, 'bad.yaml');
    writeFileSync(
      bad,
      'id: bad\nversion: 1.0.0\ntitle: Bad\npublisher: me\ndescription: x\nrecommendations:\n  - { id: HY-SR-1, title: t, requirement: r, applicability: a, references: [{ source: s }], basis: text }\n',
    );
    const out = join(dir, 'out.json');
    const r = run('assess', KVM, '--pack', bad, '--out', out);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toContain(`${bad}: recommendations[0].id: "HY-SR-1" is a core catalog id`);
    expect(() => nodeIo().readFile(out)).toThrow();
  });
});

describe('htw pack lint / explain', () => {
  it('lint accepts both example packs and counts their items', () => {
    const r = run('pack', 'lint', CROSSWALK, BASELINE);
    expect(r.code).toBe(0);
    expect(r.out).toContain(
      `${BASELINE}: ok: pack example-org-baseline 1.1.0, 12 recommendations, 12 rules, 16 verdicts, 13 crosswalk entries`,
    );
    expect(r.out).toContain(
      `${CROSSWALK}: ok: pack sp800-125a-to-sp800-53r5 1.0.0, 0 recommendations, 0 rules, 0 verdicts, 22 crosswalk entries`,
    );
  });

  it('lint names the path of a schema problem', () => {
    const dir = mkdtempSync(join(tmpdir(), 'htw-pack-'));
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ id: 'bad', version: '1', title: 'B', publisher: 'p', description: 'd' }));
    const r = run('pack', 'lint', bad);
    expect(r.code).toBe(2);
    expect(r.err).toContain(`${bad}: version:`);
  });

  it('explain says why each item fired or not, naming components and attributes', () => {
    const r = run('pack', 'explain', BASELINE, ESXI);
    expect(r.code).toBe(0);
    // A conditional rule that fired on every host, with the attribute that decided it.
    expect(r.out).toContain('rule example-org-baseline.R-MIGRATION-ENCRYPT on esxi-01 (physical-host): fired');
    expect(r.out).toMatch(/esxi-01.*[Ll]ive migration.*yes/);
    // A verdict stated by the model.
    expect(r.out).toContain('verdict example-org-baseline.V-OVERCOMMIT on VMkernel (hypervisor-kernel): stated');
    // An item whose parts are not drawn.
    expect(r.out).toContain('example-org-baseline.R-HOST-OS-HARDENED: no Host OS');
    const kvm = run('pack', 'explain', BASELINE, KVM);
    expect(kvm.out).toContain(
      'rule example-org-baseline.R-MIGRATION-ENCRYPT on kvm-node-01 (physical-host): needs input',
    );
    const cw = run('pack', 'explain', CROSSWALK, KVM);
    expect(cw.out).toContain('HY-SR-6C IOMMU-enforced DMA remapping');
    expect(cw.out).toContain('[core item, crosswalk only]');
    expect(cw.out).toContain('crosswalk: sp800-53r5 SC-39 Process Isolation (INFERRED)');
  });
});

describe('htw report --pack', () => {
  it('writes the pack section into the Markdown report and its controls into the OSCAL catalog', async () => {
    const out: string[] = [];
    const io = {
      ...nodeReportIo(nodeIo()),
      stdout: (t: string) => void out.push(t),
      stderr: () => {},
      now: () => '2026-12-03T12:00:00Z',
    };
    expect(await runReport([KVM, '--pack', BASELINE, '--format', 'md'], io)).toBe(0);
    const md = out.join('');
    // Markdown escapes the parentheses.
    expect(md).toContain('Example Corp virtualisation baseline \\(pack example-org-baseline 1.1.0\\)');
    expect(md).toContain('example-org-baseline.VS-08');
    out.length = 0;
    expect(await runReport([KVM, '--pack', BASELINE, '--format', 'oscal-catalog'], io)).toBe(0);
    expect(out.join('')).toContain('"id": "example-org-baseline.vs-01"');
  });
});
