import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';
import type { CliIo } from './cliIo';
import { fixtureCatalog } from '../test/fixtures/engineCatalog';
import { entry, smallPlatform } from '../test/fixtures/documentBuilder';

function memoryIo(files: Record<string, string>) {
  const out: string[] = [];
  const err: string[] = [];
  const written: Record<string, string> = {};
  const io: CliIo = {
    readFile(path) {
      if (!(path in files)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path]!;
    },
    writeFile(path, data) {
      written[path] = data;
    },
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    loadCatalog: () => fixtureCatalog,
    version: '9.9.9',
  };
  return { io, out: () => out.join(''), err: () => err.join(''), written };
}

const model = JSON.stringify(smallPlatform());

describe('htw', () => {
  it('--help documents assess and its options', () => {
    const t = memoryIo({});
    expect(runCli(['--help'], t.io)).toBe(0);
    for (const word of ['assess <model.json>', '--format json|md|csv', '--out FILE', '--fail-on', 'Exit status'])
      expect(t.out()).toContain(word);
    expect(runCli([], memoryIo({}).io)).toBe(2);
  });

  it('assess writes JSON to stdout by default', () => {
    const t = memoryIo({ 'm.json': model });
    expect(runCli(['assess', 'm.json'], t.io)).toBe(0);
    const json = JSON.parse(t.out());
    expect(json.catalog).toEqual({ id: 'fixture-catalog', version: '0.0.1' });
    expect(json.checklist[0]).toEqual(
      expect.objectContaining({
        id: 'HY-SR-1',
        applicability: 'applicable',
        status: 'not-reviewed',
        components: ['h1', 'h2'],
      }),
    );
    expect(json.checklist[0].reasons[0]).toBe('HY-SR-1, HY-SR-2 apply: Host-1 is a Hypervisor host');
    expect(Object.keys(json)).toEqual(expect.arrayContaining(['catalog', 'checklist', 'coverage', 'summary']));
    expect(t.err()).toBe('');
  });

  it('json to --out is compact unless --pretty; standard output is indented; the content is the same', () => {
    const t = memoryIo({ 'm.json': model });
    expect(runCli(['assess', 'm.json', '--out', 'a.json', '--as-of', '2026-03-01'], t.io)).toBe(0);
    expect(runCli(['assess', 'm.json', '--out', 'b.json', '--pretty', '--as-of', '2026-03-01'], t.io)).toBe(0);
    expect(runCli(['assess', 'm.json', '--as-of', '2026-03-01'], t.io)).toBe(0);
    const compact = t.written['a.json']!;
    expect(compact.trimEnd()).not.toContain('\n');
    expect(compact.endsWith('\n')).toBe(true);
    expect(t.written['b.json']).toContain('\n  "checklist": [');
    expect(t.out()).toContain('\n  "checklist": [');
    expect(JSON.parse(compact)).toEqual(JSON.parse(t.written['b.json']!));
    expect(JSON.parse(compact)).toEqual(JSON.parse(t.out()));
  });

  it('writes md and csv to --out (format from the option or the extension)', () => {
    const t = memoryIo({ 'm.json': model });
    expect(runCli(['assess', 'm.json', '--format', 'md', '--out', 'r.txt'], t.io)).toBe(0);
    expect(t.written['r.txt']).toContain('# Assessment: Test platform');
    expect(runCli(['assess', 'm.json', '--out=r.csv'], t.io)).toBe(0);
    expect(t.written['r.csv']?.startsWith('"Recommendation","Title"')).toBe(true);
    expect(t.out()).toBe('');
  });

  it('--fail-on gates with exit 1 but still writes the report', () => {
    const t = memoryIo({ 'm.json': model });
    expect(runCli(['assess', 'm.json', '--fail-on', 'gaps', '--out', 'o.json'], t.io)).toBe(1);
    expect(t.written['o.json']).toBeDefined();
    expect(t.err()).toContain('10 gaps');
    expect(runCli(['assess', 'm.json', '--fail-on', 'needs-input'], memoryIo({ 'm.json': model }).io)).toBe(1);

    const done = smallPlatform();
    done.connections['a3'] = { ...done.connections['a3']!, attributes: { mode: 'sr-iov' } };
    const ids = [
      'HY-SR-1',
      'HY-SR-2',
      'HY-SR-3',
      'HY-SR-4',
      'HY-SR-6A',
      'HY-SR-6C',
      'HY-SR-7',
      'HY-SR-9',
      'HY-SR-19',
      'HY-SR-20',
    ];
    for (const id of ids)
      done.assessment[id] = entry(id, 'platform', id === 'HY-SR-19' ? 'risk-accepted' : 'implemented');
    // No live-migration link is drawn, which only asks; the assessor answers it.
    done.assessment['HY-SR-13'] = entry('HY-SR-13', 'platform', 'not-applicable');
    const ok = memoryIo({ 'm.json': JSON.stringify(done) });
    expect(runCli(['assess', 'm.json', '--fail-on', 'gaps,needs-input'], ok.io)).toBe(0);
    expect(JSON.parse(ok.out()).summary).toMatchObject({ gaps: 0, needsInput: 1, unanswered: 0, implemented: 9 });
  });

  it('exit 2 on invalid input, naming the file, the JSON path and the problem, writing nothing', () => {
    const bad = smallPlatform() as unknown as { components: Record<string, Record<string, unknown>> };
    bad.components['vm1']!['type'] = 'not a valid type!';
    const t = memoryIo({ 'bad.json': JSON.stringify(bad), 'broken.json': '{"format": ', 'arr.json': '[]' });
    expect(runCli(['assess', 'bad.json', '--out', 'x.json'], t.io)).toBe(2);
    expect(t.err()).toContain('bad.json is not a valid project at components.vm1.type: ');
    expect(t.written).toEqual({});
    expect(t.out()).toBe('');

    const u = memoryIo({ 'broken.json': '{"format": ' });
    expect(runCli(['assess', 'broken.json'], u.io)).toBe(2);
    expect(u.err()).toContain('broken.json is not valid JSON');

    const v = memoryIo({});
    expect(runCli(['assess', 'missing.json'], v.io)).toBe(2);
    expect(v.err()).toContain('cannot read model missing.json');
  });

  it('reads the model as the app imports it: all schema problems listed, unknown types and dangling references refused', () => {
    const many = smallPlatform() as unknown as Record<string, unknown>;
    delete many['name'];
    delete many['scope'];
    const t = memoryIo({ 'many.json': JSON.stringify(many) });
    expect(runCli(['assess', 'many.json'], t.io)).toBe(2);
    expect(t.err()).toContain('many.json: name: ');
    expect(t.err()).toContain('many.json: scope: ');

    const alien = smallPlatform();
    alien.components['vm1'] = { ...alien.components['vm1']!, type: 'martian' };
    const u = memoryIo({ 'alien.json': JSON.stringify(alien) });
    expect(runCli(['assess', 'alien.json'], u.io)).toBe(2);
    expect(u.err()).toContain('unknown component type "martian" at components.vm1.type');

    const dangling = smallPlatform();
    dangling.connections['a1'] = { ...dangling.connections['a1']!, target: 'gone' };
    const v = memoryIo({ 'dangling.json': JSON.stringify(dangling) });
    expect(runCli(['assess', 'dangling.json'], v.io)).toBe(2);
    expect(v.err()).toContain('missing component "gone" at connections.a1.target');
  });

  it('exit 2 on usage errors', () => {
    for (const argv of [
      ['frobnicate'],
      ['assess'],
      ['assess', 'a.json', 'b.json'],
      ['assess', 'm.json', '--format', 'pdf'],
      ['assess', 'm.json', '--fail-on', 'everything'],
      ['assess', 'm.json', '--out'],
      ['assess', 'm.json', '--colour'],
    ]) {
      const t = memoryIo({ 'm.json': model });
      expect(runCli(argv, t.io), argv.join(' ')).toBe(2);
      expect(t.out()).toBe('');
      expect(t.err()).not.toBe('');
    }
  });
});
