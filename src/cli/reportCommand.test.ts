import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { loadBundledCatalog } from '../domain/catalog/catalogSource';
import { buildReport } from '../domain/report/buildReport';
import { renderTextReport } from '../domain/export/registry';
import { importProjectFile } from '../domain/io/projectFile';
import { assess } from '../domain/rules/assess';
import type { ReportModel } from '../domain/report/reportModel';
import { reportTime, runReport, type ReportIo } from './reportCommand';

const TEMPLATE = readFileSync(new URL('../../threat-catalog/templates/kvm-libvirt.json', import.meta.url), 'utf8');
const NOW = '2026-11-28T12:00:00Z';

function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string | Uint8Array> = {};
  const models: ReportModel[] = [];
  const io: ReportIo = {
    readFile(path) {
      if (!(path in files)) throw new Error('ENOENT: no such file');
      return files[path]!;
    },
    writeFile(path, data) {
      written[path] = data;
    },
    writeBytes(path, data) {
      written[path] = data;
    },
    stdout: (t) => void out.push(t),
    stdoutBytes: (b) => void out.push(`<${b.length} bytes>`),
    stderr: (t) => void err.push(t),
    loadCatalog: loadBundledCatalog,
    version: '9.9.9',
    now: () => NOW,
    async renderPdf(model) {
      models.push(model);
      return new TextEncoder().encode('%PDF-fake');
    },
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written, models };
}

describe('htw report', () => {
  it('writes each text format exactly as the app renders it from the same model', async () => {
    const catalog = loadBundledCatalog();
    const imported = importProjectFile(TEMPLATE, catalog);
    if (!imported.ok) throw new Error('template does not import');
    const model = buildReport(imported.value, catalog, assess(imported.value, catalog), {
      generatedAt: NOW,
      generator: 'Hypervisor Threat Workbench 9.9.9',
    });
    for (const format of ['md', 'csv', 'oscal-ar', 'oscal-poam', 'oscal-catalog'] as const) {
      const t = memoryIo({ 'kvm.json': TEMPLATE });
      expect(await runReport(['kvm.json', '--format', format, '--out', `out.${format}`], t.io)).toBe(0);
      expect(t.written[`out.${format}`]).toBe(renderTextReport(format, model, catalog));
      expect(t.err()).toBe('');
    }
  });

  it('renders the PDF with the requested page size and writes the bytes; infers the format from --out', async () => {
    const t = memoryIo({ 'kvm.json': TEMPLATE });
    expect(await runReport(['kvm.json', '--out', 'r.pdf', '--page-size', 'letter'], t.io)).toBe(0);
    expect(new TextDecoder().decode(t.written['r.pdf'] as Uint8Array)).toBe('%PDF-fake');
    expect(t.models[0]!.cover.project).toBe('KVM/QEMU with libvirt (sample)');
    const stdout = memoryIo({ 'kvm.json': TEMPLATE });
    expect(await runReport(['kvm.json', '--format', 'pdf'], stdout.io)).toBe(0);
    expect(stdout.out()).toBe('<9 bytes>');
  });

  it('exits 1 with --fail-on gaps when gaps remain, still writing the report', async () => {
    const t = memoryIo({ 'kvm.json': TEMPLATE });
    expect(await runReport(['kvm.json', '--format', 'md', '--out', 'r.md', '--fail-on', 'gaps'], t.io)).toBe(1);
    expect(t.written['r.md']).toContain('# Hypervisor platform security assessment');
    expect(t.err()).toMatch(/gaps/);
  });

  it('exits 2 on usage errors and unreadable or invalid models, writing nothing', async () => {
    const cases: [string[], Record<string, string>, RegExp][] = [
      [['kvm.json'], { 'kvm.json': TEMPLATE }, /say which report/],
      [['kvm.json', '--format', 'docx'], { 'kvm.json': TEMPLATE }, /--format must be one of/],
      [['kvm.json', '--format', 'pdf', '--page-size', 'a3'], { 'kvm.json': TEMPLATE }, /--page-size/],
      [['--format', 'md'], {}, /needs a model file/],
      [['missing.json', '--format', 'md'], {}, /cannot read model missing\.json/],
      [['bad.json', '--format', 'md'], { 'bad.json': '{"format": "nope"}' }, /bad\.json/],
      [['kvm.json', '--format', 'md', '--bogus'], { 'kvm.json': TEMPLATE }, /unknown option --bogus/],
    ];
    for (const [argv, files, message] of cases) {
      const t = memoryIo(files);
      expect(await runReport(argv, t.io), argv.join(' ')).toBe(2);
      expect(t.err()).toMatch(message);
      expect(t.written).toEqual({});
      expect(t.out()).toBe('');
    }
  });

  it('prints its help', async () => {
    const t = memoryIo({});
    expect(await runReport(['--help'], t.io)).toBe(0);
    for (const word of ['htw report <model.json>', 'oscal-poam', '--page-size', 'Exit status'])
      expect(t.out()).toContain(word);
  });

  it('takes the report time from SOURCE_DATE_EPOCH when set', () => {
    expect(reportTime({ SOURCE_DATE_EPOCH: '1800000000' })).toBe('2027-01-15T08:00:00Z');
    expect(reportTime({}, () => new Date('2026-11-28T10:11:12.345Z'))).toBe('2026-11-28T10:11:12Z');
    expect(reportTime({ SOURCE_DATE_EPOCH: 'soon' }, () => new Date('2026-11-28T10:11:12Z'))).toBe(
      '2026-11-28T10:11:12Z',
    );
  });
});
