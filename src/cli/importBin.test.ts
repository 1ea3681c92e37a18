/**
 * `htw import` and `htw drift` through the built launcher (skipped until `npm run build:cli`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = process.cwd();
const built = existsSync(join(root, 'dist-cli', 'htw.mjs'));
const htw = (...args: string[]) =>
  spawnSync(process.execPath, [join(root, 'bin', 'htw.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, SOURCE_DATE_EPOCH: '1796277600' },
  });
const fx = (name: string) => join('src', 'domain', 'import', 'fixtures', name);

// Each test spawns the built CLI several times: a process start is slow on a loaded machine.
describe.skipIf(!built)('bin/htw.mjs import and drift (built)', { timeout: 60_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), 'htw-import-'));
  const model = join(dir, 'model.json');

  it('import writes a model that assess accepts', () => {
    const r = htw('import', fx('web-01.xml'), fx('gpu-01.xml'), fx('hvm-stub.cfg'), '--out', model);
    expect(r.status, r.stderr).toBe(0);
    const doc = JSON.parse(readFileSync(model, 'utf8'));
    expect(doc.createdAt).toBe('2026-12-03T06:00:00Z');
    const a = htw('assess', model);
    expect(a.status, a.stderr).toBe(0);
    expect(JSON.parse(a.stdout).checklist.find((i: { id: string }) => i.id === 'HY-SR-6A').applicability).toBe(
      'applicable',
    );
  });

  it('drift exits 0 without differences, 1 with them, 2 on invalid input naming file and line', () => {
    htw('import', fx('web-01.xml'), fx('gpu-01.xml'), '--out', model);
    expect(htw('drift', model, fx('web-01.xml'), fx('gpu-01.xml')).status).toBe(0);
    const doc = JSON.parse(readFileSync(model, 'utf8'));
    const nic = Object.values(
      doc.components as Record<string, { name: string; attributes: Record<string, unknown> }>,
    ).find((c) => c.name === 'gpu-01 nic1 (e1000)')!;
    nic.attributes.model = 'paravirtual';
    const drawn = join(dir, 'drawn.json');
    writeFileSync(drawn, JSON.stringify(doc));
    const d = htw('drift', drawn, fx('web-01.xml'), fx('gpu-01.xml'));
    expect(d.status).toBe(1);
    expect(d.stdout).toContain(
      'gpu-01 nic1 (e1000): model is "paravirtual" in the model but "emulated" in the configuration (from src/domain/import/fixtures/gpu-01.xml, /domain/devices/interface[1]/model/@type)',
    );
    const bad = join(dir, 'bad.xml');
    writeFileSync(bad, '<domain>\n<name>x</name>\n<!ENTITY lol "lol">\n</domain>\n');
    const b = htw('drift', drawn, bad);
    expect(b.status).toBe(2);
    expect(b.stderr).toContain(`${bad}:3: <!ENTITY is not accepted`);
    expect(b.stdout).toBe('');
  });
});
