/** Issue 22 item 4: the CLI refuses models over the declared limits unless told to raise them. */
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../domain/catalog/templates';
import { exportProjectFile } from '../domain/io/projectFileFormat';
import type { WorkbenchDocument } from '../domain/model/schema';
import { runCli } from './runCli';
import { runReport } from './reportCommand';
import { memoryReportIo } from '../test/memoryCliIo';

const sample = loadTemplate('kvm-libvirt');
const vm = sample.components['vm-web']!;
const big: WorkbenchDocument = { ...sample, components: { ...sample.components } };
for (let i = Object.keys(big.components).length; i < 5001; i++) big.components[`vm-${i}`] = { ...vm, id: `vm-${i}` };
const files: Record<string, string> = { 'big.json': exportProjectFile(big) };

const memoryIo = () => memoryReportIo(files, () => Promise.resolve(new Uint8Array()));

describe('--max-components and --max-connections', () => {
  it('htw assess refuses 5,001 components by default, naming the count, the limit and the flag', () => {
    const t = memoryIo();
    expect(runCli(['assess', 'big.json', '--out', 'a.json'], t.io)).toBe(2);
    expect(t.err()).toBe(
      'htw: big.json has too many components: 5001, the limit is 5000.\nhtw: pass --max-components N to read larger models.\n',
    );
    expect(t.written).toEqual({});
  });

  it('htw assess and htw report read it when the limit is raised', async () => {
    const t = memoryIo();
    expect(runCli(['assess', 'big.json', '--max-components', '6000', '--out', 'a.json'], t.io)).toBe(0);
    expect(t.err()).toBe('');
    const r = memoryIo();
    expect(await runReport(['big.json', '--format', 'csv', '--max-components=5001', '--out', 'r.csv'], r.io)).toBe(0);
    expect(r.written['r.csv']).toBeDefined();
    const refused = memoryIo();
    expect(
      await runReport(['big.json', '--format', 'csv', '--max-components=5000', '--out', 'r.csv'], refused.io),
    ).toBe(2);
  }, 30_000);

  it('refuses values that are not whole numbers in range', () => {
    for (const value of ['0', '-1', 'lots', '1.5', '99999999']) {
      const t = memoryIo();
      expect(runCli(['assess', 'big.json', '--max-connections', value], t.io), value).toBe(2);
      expect(t.err()).toContain('--max-connections must be a whole number from 1 to 1000000');
    }
  });
});
