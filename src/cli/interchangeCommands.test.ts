import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fixture } from '../domain/import/testFiles';
import { DocumentSchema } from '../domain/model/schema';
import { runCli } from './runCli';
import { memoryIo } from '../test/memoryCliIo';
import { runImport } from './importCommand';
import { runExport } from './exportCommand';
import { interchangeErrors } from '../test/interchangeSchemas';

const kvm = readFileSync(new URL('../../threat-catalog/templates/kvm-libvirt.json', import.meta.url), 'utf8');

describe('htw export --format otm and htw import of OTM', () => {
  it('exports a schema-valid OTM file, prints the loss report, and imports it back as the same model', () => {
    const t = memoryIo({ 'kvm.json': kvm });
    expect(runExport(['kvm.json', '--format', 'otm', '--out', 'kvm.otm.json'], t.io)).toBe(0);
    expect(t.out()).toMatch(/wrote kvm\.otm\.json: \d+ trust zones, \d+ components, 20 data flows/);
    expect(t.out()).toContain('OTM 0.2.0 cannot hold everything in this project:');
    expect(t.out()).toContain('Threat likelihood and impact');
    const otm = JSON.parse(t.written['kvm.otm.json']!);
    expect(interchangeErrors('otm', otm)).toEqual([]);
    // Named like a configuration file: chosen by content, not by name.
    t.written['platform.xml'] = t.written['kvm.otm.json']!;
    expect(runImport(['platform.xml', '--out', 'back.json'], t.io)).toBe(0);
    const back = DocumentSchema.parse(JSON.parse(t.written['back.json']!));
    const original = DocumentSchema.parse(JSON.parse(kvm));
    expect(back.components).toEqual(original.components);
    expect(back.connections).toEqual(original.connections);
    expect(back.name).toBe(original.name);
    expect(t.err()).toContain('wrote back.json: 20 components, 20 connections from platform.xml (OTM)');
    expect(runCli(['assess', 'back.json'], t.io)).toBe(0);
  });

  it('without --out writes the file to standard output and the loss report to standard error', () => {
    const t = memoryIo({ 'kvm.json': kvm });
    expect(runExport(['kvm.json', '--format', 'otm'], t.io)).toBe(0);
    expect(JSON.parse(t.out()).otmVersion).toBe('0.2.0');
    expect(t.err()).toContain('OTM 0.2.0 cannot hold');
  });

  it('refuses bad usage and bad files with exit 2, naming the problem, writing nothing', () => {
    const t = memoryIo({
      'kvm.json': kvm,
      'bad.otm.json': JSON.stringify({
        otmVersion: '0.2.0',
        project: { name: 'x', id: 'x' },
        components: [{ id: 'a', name: 'A', type: 'vm', parent: { trustZone: 'missing' } }],
      }),
    });
    expect(runExport(['kvm.json', '--format', 'visio'], t.io)).toBe(2);
    expect(t.err()).toContain('--format must be otm, tmbom, threat-dragon, threagile, not "visio"');
    expect(runExport(['kvm.json'], t.io)).toBe(2);
    expect(runImport(['bad.otm.json', '--out', 'x.json'], t.io)).toBe(2);
    expect(t.err()).toContain(
      'bad.otm.json is not a valid OTM 0.2.0 file at components[0].parent.trustZone: names the trust zone "missing"',
    );
    expect(t.written['x.json']).toBeUndefined();
  });

  it('refuses an OTM file mixed with configuration files; configuration import still works', () => {
    const t = memoryIo({
      'web-01.xml': fixture('web-01.xml').text,
      'm.otm': JSON.stringify({ otmVersion: '0.2.0', project: { name: 'x', id: 'x' } }),
    });
    expect(runImport(['web-01.xml', 'm.otm'], t.io)).toBe(2);
    expect(t.err()).toContain('m.otm is an OTM file: import it on its own');
    expect(runImport(['web-01.xml', '--out', 'model.json'], t.io)).toBe(0);
    expect(JSON.parse(t.written['model.json']!).format).toBe('hypervisor-threat-workbench/document');
  });

  it('exports a Threat Dragon v2 model that validates against its schema', () => {
    const t = memoryIo({ 'kvm.json': kvm });
    expect(runExport(['kvm.json', '--format', 'threat-dragon', '--out', 'kvm.td.json'], t.io)).toBe(0);
    expect(t.out()).toContain('wrote kvm.td.json: one diagram of 20 elements and 20 flows');
    expect(t.out()).toContain('Threat Dragon v2 cannot hold everything in this project:');
    expect(interchangeErrors('threat-dragon', JSON.parse(t.written['kvm.td.json']!))).toEqual([]);
    // And htw import reads it back, chosen by content.
    expect(runImport(['kvm.td.json', '--out', 'from-td.json'], t.io)).toBe(0);
    expect(t.err()).toContain('wrote from-td.json: 20 components, 20 connections from kvm.td.json (Threat Dragon)');
    expect(runCli(['assess', 'from-td.json'], t.io)).toBe(0);
  });

  it('exports a Threagile YAML model', () => {
    const t = memoryIo({ 'kvm.json': kvm });
    expect(runExport(['kvm.json', '--format', 'threagile', '--out', 'kvm.threagile.yaml'], t.io)).toBe(0);
    expect(t.out()).toMatch(/wrote kvm\.threagile\.yaml: 17 technical assets, 3 trust boundaries, 1 shared runtimes/);
    expect(t.written['kvm.threagile.yaml']).toContain('"threagile_version": "1.0.0"');
  });
  it('imports a draw.io diagram, plain or compressed, chosen by content', () => {
    const drawio = (name: string) => readFileSync(new URL(`../test/fixtures/drawio/${name}`, import.meta.url), 'utf8');
    const t = memoryIo({
      'platform.drawio': drawio('kvm-host.drawio'),
      'packed.xml': drawio('kvm-host-compressed.drawio'),
    });
    expect(runImport(['platform.drawio', '--out', 'from-drawio.json'], t.io)).toBe(0);
    expect(t.err()).toContain('wrote from-drawio.json: 5 components, 2 connections from platform.drawio (draw.io)');
    expect(runImport(['packed.xml', '--out', 'packed.json'], t.io)).toBe(0);
    expect(JSON.parse(t.written['packed.json']!).components).toEqual(
      JSON.parse(t.written['from-drawio.json']!).components,
    );
    expect(runCli(['assess', 'from-drawio.json'], t.io)).toBe(0);
  });
});

describe('htw export --format tmbom and htw import of a TM-BOM', () => {
  // Compiles the 260 kB CycloneDX schema: seconds on a loaded machine.
  it(
    'exports a CycloneDX 1.6 BOM whose threat model validates, prints the loss report, and imports it back as the same model',
    { timeout: 60_000 },
    () => {
      const t = memoryIo({ 'kvm.json': kvm });
      expect(runExport(['kvm.json', '--format', 'tmbom', '--out', 'kvm.tmbom.cdx.json'], t.io)).toBe(0);
      expect(t.out()).toMatch(
        /wrote kvm\.tmbom\.cdx\.json: \d+ trust zones, \d+ components, 20 data flows, \d+ threats, \d+ controls/,
      );
      expect(t.out()).toContain('TM-BOM 1.0 (CycloneDX 1.6) cannot hold everything in this project:');
      const bom = JSON.parse(t.written['kvm.tmbom.cdx.json']!) as {
        components: { data: { contents: { attachment: { content: string } } }[] }[];
      };
      expect(interchangeErrors('cyclonedx', bom)).toEqual([]);
      expect(interchangeErrors('tm-bom', JSON.parse(bom.components[0]!.data[0]!.contents.attachment.content))).toEqual(
        [],
      );
      t.written['model.json'] = t.written['kvm.tmbom.cdx.json']!;
      expect(runImport(['model.json', '--out', 'back.json'], t.io)).toBe(0);
      const back = DocumentSchema.parse(JSON.parse(t.written['back.json']!));
      const original = DocumentSchema.parse(JSON.parse(kvm));
      expect(back.components).toEqual(original.components);
      expect(back.connections).toEqual(original.connections);
      expect(t.err()).toContain('wrote back.json: 20 components, 20 connections from model.json (TM-BOM)');
    },
  );
});
