import { describe, expect, it } from 'vitest';
import { fixture } from '../domain/import/testFiles';
import drawnModel from '../domain/import/fixtures/drift-drawn-model.json?raw';
import drawnModelDrift from '../domain/import/fixtures/drift-drawn-model.expected.txt?raw';
import { runCli } from './runCli';
import { memoryIo } from '../test/memoryCliIo';
import { runDrift, runImport } from './importCommand';

const files = { 'web-01.xml': fixture('web-01.xml').text, 'gpu-01.xml': fixture('gpu-01.xml').text };

describe('htw import / drift (in memory)', () => {
  it('import writes a model that htw assess accepts', () => {
    const t = memoryIo(files);
    expect(runImport(['web-01.xml', 'gpu-01.xml', '--out', 'model.json'], t.io)).toBe(0);
    const doc = JSON.parse(t.written['model.json']!);
    expect(doc.format).toBe('hypervisor-threat-workbench/document');
    expect(Object.values(doc.components).map((c) => (c as { name: string }).name)).toEqual(
      expect.arrayContaining(['web-01', 'gpu-01', 'br0']),
    );
    expect(runCli(['assess', 'model.json'], t.io)).toBe(0);
    const assessed = JSON.parse(t.out());
    expect(assessed.checklist.find((i: { id: string }) => i.id === 'HY-SR-6C').applicability).toBe('applicable');
  });

  it('drift exits 0 when the model matches and 1 listing each difference when it does not', () => {
    const t = memoryIo(files);
    runImport(['web-01.xml', 'gpu-01.xml', '--out', 'model.json'], t.io);
    expect(runDrift(['model.json', 'web-01.xml', 'gpu-01.xml'], t.io)).toBe(0);
    expect(t.out()).toContain('no drift');
    // The configuration loses a guest: the model's gpu-01 is now missing from it.
    const t2 = memoryIo({ ...files, 'model.json': t.written['model.json']! });
    expect(runDrift(['model.json', 'web-01.xml'], t2.io)).toBe(1);
    expect(t2.out()).toContain('gpu-01 (guest-vm) is in the model but in none of the configuration files');
  });

  it('imports every format by content, whatever the file is called, and reports drift in a host attribute', () => {
    const names = [
      'host-caps.xml',
      'net-default.xml',
      'virt-host-validate.txt',
      '101.conf',
      'hv-get-vmnetworkadapter.json',
      'esxi-advanced.csv',
    ];
    // Renamed to meaningless names: detection reads the content.
    const renamed = Object.fromEntries(names.map((n, i) => [`file-${i}`, fixture(n).text]));
    const t = memoryIo(renamed);
    expect(runImport(['file-0', 'file-1', 'file-2', 'file-3', '--out', 'model.json'], t.io)).toBe(0);
    const doc = JSON.parse(t.written['model.json']!) as {
      components: Record<string, { name: string; type: string; attributes: Record<string, unknown> }>;
    };
    const host = Object.values(doc.components).find((c) => c.type === 'physical-host')!;
    expect(host.attributes).toMatchObject({ cpuVirtualizationExtensions: true, physicalCores: 32 });
    expect(Object.values(doc.components).map((c) => c.name)).toEqual(
      expect.arrayContaining(['pve-web-01', 'default', 'vmbr0']),
    );
    expect(runDrift(['model.json', 'file-0', 'file-1', 'file-2', 'file-3'], t.io)).toBe(0);
    // Hyper-V and ESXi files read on their own too.
    expect(runImport(['file-4', 'file-5', '--out', 'other.json'], t.io)).toBe(0);
    // The drawn host says no EPT; the capabilities file says yes.
    host.attributes.hardwareMmuVirtualization = false;
    const t2 = memoryIo({ ...renamed, 'model.json': JSON.stringify(doc) });
    expect(runDrift(['model.json', 'file-0'], t2.io)).toBe(1);
    expect(t2.out()).toContain(
      'Host: hardwareMmuVirtualization is false in the model but true in the configuration (from file-0, /capabilities/host/cpu/feature[8]/@name)',
    );
  });

  it('counts in its summary lines agree with their nouns: one file, one guest, one difference', () => {
    const t = memoryIo(files);
    expect(runImport(['web-01.xml', '--out', 'model.json'], t.io)).toBe(0);
    expect(t.err()).toMatch(/^htw: wrote model\.json: \d+ components \(1 guest\), \d+ connections from 1 file\n$/);
    expect(runDrift(['model.json', 'web-01.xml'], t.io)).toBe(0);
    expect(t.out()).toBe('no drift: model.json agrees with 1 configuration file\n');
    const both = memoryIo(files);
    runImport(['web-01.xml', 'gpu-01.xml', '--out', 'model.json'], both.io);
    expect(both.err()).toMatch(/\(2 guests\), \d+ connections from 2 files\n$/);
    expect(runDrift(['model.json', 'web-01.xml'], both.io)).toBe(1);
    expect(both.out()).toMatch(/^2 differences between model\.json and the configuration:\n/);
    // One changed value is one difference.
    const model = JSON.parse(t.written['model.json']!) as {
      components: Record<string, { name: string; attributes: Record<string, unknown> }>;
    };
    const web = Object.values(model.components).find((c) => c.name === 'web-01')!;
    web.attributes.vcpus = 64;
    const one = memoryIo({ ...files, 'model.json': JSON.stringify(model) });
    expect(runDrift(['model.json', 'web-01.xml'], one.io)).toBe(1);
    expect(one.out()).toMatch(/^1 difference between model\.json and the configuration:\n {2}\S.*\n$/);
  });

  it('exits 2 naming file and line on invalid configuration or model', () => {
    const t = memoryIo({ 'bad.xml': '<domain>\n<!DOCTYPE x>\n</domain>', 'model.json': '{\n  "format": 1,\n' });
    expect(runImport(['bad.xml', '--out', 'x.json'], t.io)).toBe(2);
    expect(t.err()).toContain('bad.xml:2: <!DOCTYPE is not accepted');
    expect(t.written['x.json']).toBeUndefined();
    expect(runDrift(['model.json', 'bad.xml'], t.io)).toBe(2);
    expect(t.err()).toMatch(/model\.json.*line 3|model\.json.*3/);
    expect(runImport([], t.io)).toBe(2);
    expect(runImport(['missing.xml'], t.io)).toBe(2);
    expect(t.err()).toContain('cannot read missing.xml');
  });

  it("reports issue 18's three examples against the drawn model, each with file and path, and exits 1 (golden)", () => {
    const t = memoryIo({ ...files, 'drift-drawn-model.json': drawnModel });
    expect(runDrift(['drift-drawn-model.json', 'web-01.xml', 'gpu-01.xml'], t.io)).toBe(1);
    expect(t.out()).toBe(drawnModelDrift);
    expect(t.err()).toBe('');
  });
});
