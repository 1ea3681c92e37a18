import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate, listTemplates } from '../catalog/templates';
import { describeImportError, type ImportError } from './importErrors';
import { exportProblem, importProjectFile } from './projectFile';
import { exportProjectFile, projectFileName } from './projectFileFormat';
import { DEFAULT_JSON_LIMITS } from './untrustedJson';

const catalog = loadBundledCatalog();
const sample = loadTemplate('kvm-libvirt');
const firstComponent = Object.keys(sample.components)[0]!;

function refused(
  text: string,
  options: Parameters<typeof importProjectFile>[2] = {},
): { error: ImportError; message: string } {
  const result = importProjectFile(text, catalog, options);
  if (result.ok) throw new Error('expected the file to be refused');
  return { error: result.error, message: describeImportError(result.error, '"bad.json"') };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke at arbitrary places of the JSON
const withChange = (change: (doc: Record<string, any>) => void) => {
  const doc = JSON.parse(exportProjectFile(sample));
  change(doc);
  return JSON.stringify(doc);
};

describe('importProjectFile', () => {
  it('reads every shipped template as exported, unchanged', () => {
    for (const t of listTemplates()) {
      const doc = loadTemplate(t.id);
      expect(importProjectFile(exportProjectFile(doc), catalog)).toEqual({ ok: true, value: doc });
    }
  });

  it('refuses an empty file and text that is not JSON, with line and column', () => {
    expect(refused('   ').message).toBe('"bad.json" is empty.');
    const { error, message } = refused('{\n  "format": oops\n}');
    expect(error).toMatchObject({ kind: 'not-json', line: 2, column: 13 });
    expect(message).toMatch(/^"bad.json" is not valid JSON: .+ at line 2, column 13\.$/);
  });

  it('refuses an oversize file before parsing it', () => {
    const { message } = refused('{}', { byteLength: 30 * 1024 * 1024 });
    expect(message).toBe('"bad.json" is too large: 30.0 MB, the limit is 20.0 MB.');
  });

  it('refuses deep nesting on the text, naming the place', () => {
    const deep = `{"format":"x","a":${'['.repeat(100)}${']'.repeat(100)}}`;
    const { error, message } = refused(deep);
    expect(error).toEqual({
      kind: 'too-deep',
      limit: DEFAULT_JSON_LIMITS.maxDepth,
      line: 1,
      column: 18 + DEFAULT_JSON_LIMITS.maxDepth,
    });
    expect(message).toContain('nested too deeply (more than 64 levels) at line 1');
  });

  it('does not count brackets inside strings as nesting', () => {
    const doc = JSON.parse(exportProjectFile(sample));
    doc.components[firstComponent].notes = '['.repeat(500);
    expect(importProjectFile(JSON.stringify(doc), catalog).ok).toBe(true);
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s wherever it is', (key) => {
    const text = exportProjectFile(sample).replace(
      `"${firstComponent}": {`,
      `"${firstComponent}": {"${key}": {"polluted": true},`,
    );
    const { error, message } = refused(text);
    expect(error).toEqual({ kind: 'forbidden-key', key, path: `components.${firstComponent}` });
    expect(message).toBe(`"bad.json" contains the forbidden key "${key}" at components.${firstComponent}.`);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it.each([
    ['a control character', 'a\u0000b', 'the control character U+0000'],
    ['a bidirectional override', 'admin\u202Egpj.exe', 'the bidirectional control U+202E'],
    ['an unpaired surrogate', 'x\uD800y', 'broken Unicode (an unpaired surrogate)'],
  ])('refuses hostile strings: %s', (_label, text, reason) => {
    const { error, message } = refused(withChange((d) => (d.components[firstComponent].name = text)));
    expect(error).toMatchObject({ kind: 'hostile-string', path: `components.${firstComponent}.name` });
    expect(message).toContain(`at components.${firstComponent}.name: ${reason}`);
  });

  it('keeps ordinary text that looks like markup: it is shown as text, never run', () => {
    const text = withChange(
      (d) =>
        (d.components[firstComponent].notes =
          '<img src=x onerror=alert(1)> =HYPERLINK("x") \u2067\u05E2\u05D1\u05E8\u05D9\u05EA\u2069 🙂\ttab\fpage'),
    );
    expect(importProjectFile(text, catalog).ok).toBe(true);
  });

  it('refuses another format, naming it', () => {
    expect(refused('[1,2]').message).toBe(
      '"bad.json" is not a Hypervisor Threat Workbench project: it is a JSON array, not an object.',
    );
    expect(refused('{"format":"owasp-threat-dragon"}').message).toBe(
      '"bad.json" is not a Hypervisor Threat Workbench project: it is a file of format "owasp-threat-dragon".',
    );
  });

  it('refuses a newer schema version and says to update', () => {
    const { message } = refused(withChange((d) => (d.schemaVersion = 99)));
    expect(message).toBe(
      '"bad.json" was written by a newer version of the workbench (schema version 99; this version reads up to 2). Update the workbench to open it.',
    );
  });

  it('refuses unknown component and connection types, checked against the catalog', () => {
    const { error, message } = refused(withChange((d) => (d.components[firstComponent].type = 'quantum-hypervisor')));
    expect(error).toEqual({
      kind: 'unknown-type',
      what: 'component',
      type: 'quantum-hypervisor',
      path: `components.${firstComponent}.type`,
      more: 0,
    });
    expect(message).toBe(
      `"bad.json" uses the unknown component type "quantum-hypervisor" at components.${firstComponent}.type; the threat catalog has no such type.`,
    );
    const connection = Object.keys(sample.connections)[0]!;
    expect(refused(withChange((d) => (d.connections[connection].type = 'wormhole'))).error).toMatchObject({
      kind: 'unknown-type',
      what: 'connection',
      type: 'wormhole',
    });
  });

  it('refuses schema violations with the path of the first one and how many more', () => {
    const { message } = refused(
      withChange((d) => {
        d.components[firstComponent].position.x = 'left';
        d.name = '';
      }),
    );
    expect(message).toMatch(
      /^"bad.json" is not a valid project at (name|components\.[\w-]+\.position\.x): .+ \(and 1 more\)\.$/,
    );
  });

  it('refuses dangling references and keys that differ from ids', () => {
    const connection = Object.keys(sample.connections)[0]!;
    expect(refused(withChange((d) => (d.connections[connection].target = 'ghost'))).message).toBe(
      `"bad.json" refers to the missing component "ghost" at connections.${connection}.target.`,
    );
    expect(refused(withChange((d) => (d.components[firstComponent].id = 'other'))).error).toMatchObject({
      kind: 'invalid',
      path: `components.${firstComponent}.id`,
    });
  });

  it('names numbers out of range', () => {
    const text = exportProjectFile(sample).replace(/"x": -?\d+(\.\d+)?/, '"x": 1e400');
    expect(refused(text).message).toMatch(/at components\.[\w-]+\.position\.x: the number is out of range\.$/);
  });

  it('warns at export time about text that import would refuse, naming where', () => {
    expect(exportProblem(sample)).toBeUndefined();
    const pasted = {
      ...sample,
      components: {
        ...sample.components,
        [firstComponent]: { ...sample.components[firstComponent]!, notes: 'copied from a terminal \u001B[31mred' },
      },
    };
    expect(exportProblem(pasted)).toBe(
      `The project "${sample.name}" contains text that is refused at components.${firstComponent}.notes: the control character U+001B. Edit that text: as it is, the file cannot be imported again.`,
    );
  });

  it('makes safe file names', () => {
    expect(projectFileName({ name: '../../etc/passwd KVM é' })).toBe('etc-passwd-kvm-e.htw.json');
    expect(projectFileName({ name: '///' })).toBe('project.htw.json');
  });
});
