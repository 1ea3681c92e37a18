/**
 * Benchmark `import-200-domains` (project `bench`, run by `npm run bench`): 200 generated
 * libvirt domain XML files (each a variation of the web-01 / gpu-01 fixtures: virtio + vhost,
 * emulated NICs, VFIO, SR-IOV VF, TPM, VNC) parsed, merged and built into a model document.
 */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { medianMs, recordBench } from '../../test/bench';
import { importConfigFiles } from './detectFormat';
import { fixture } from './testFiles';
import { importToDocument } from './toDocument';
import type { ConfigFile } from './types';

const catalog = loadBundledCatalog();

function generateDomains(count: number): ConfigFile[] {
  const seeds = [fixture('web-01.xml').text, fixture('gpu-01.xml').text];
  return Array.from({ length: count }, (_, i) => {
    const name = `vm-${String(i).padStart(3, '0')}`;
    const text = seeds[i % 2]!.replace(/<name>[^<]+<\/name>/, `<name>${name}</name>`).replace(/br0/g, `br${i % 8}`);
    return { name: `${name}.xml`, text };
  });
}

describe('import benchmark', { timeout: 120_000 }, () => {
  it('import-200-domains', () => {
    const files = generateDomains(200);
    const run = () => {
      const r = importConfigFiles(files);
      if (!r.ok) throw r.error;
      return importToDocument(r.value, catalog, { id: 'bench', now: '2026-12-03T06:00:00Z', name: 'Bench' });
    };
    const doc = run();
    expect(Object.values(doc.components).filter((c) => c.type === 'guest-vm')).toHaveLength(200);
    const value = medianMs(run, 7, 2);
    recordBench({ name: 'import-200-domains', value, unit: 'ms', target: '<= 1000' });
    console.log(`import-200-domains: ${value} ms (target <= 1000), ${Object.keys(doc.components).length} components`);
  });
});
