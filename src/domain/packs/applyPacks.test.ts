import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';
import { assess } from '../rules/assess';
import { applyPacks, crosswalksOf, packsOf, type PackedCatalog } from './applyPacks';
import { loadPacks, parsePackText } from './parsePack';
import { EXAMPLE_PACK_FILES } from './testPacks';
import type { Pack } from './schema';

const yaml = (text: string) => parse(text, { maxAliasCount: 50, uniqueKeys: true });
const core = loadBundledCatalog();

function loaded(): PackedCatalog {
  const result = loadPacks(core, EXAMPLE_PACK_FILES, yaml);
  if (!result.ok) throw new Error(JSON.stringify(result.errors, null, 2));
  return result.catalog;
}

/** A minimal valid pack; tests change one thing in it. */
function pack(overrides: Partial<Pack> = {}): Pack {
  return {
    id: 'acme',
    version: '1.0.0',
    title: 'Acme',
    publisher: 'Acme',
    description: 'Test pack.',
    recommendations: [
      {
        id: 'A-1',
        title: 'Thing',
        requirement: 'Do the thing.',
        tasks: [],
        threats: [],
        applicability: 'Always.',
        references: [{ source: 'Acme std' }],
        basis: 'text',
      },
    ],
    rules: [
      {
        id: 'R-A',
        description: 'Hosts.',
        appliesTo: ['physical-host'],
        tasks: [],
        threats: [],
        recommendations: ['A-1'],
        basis: 'text',
      },
    ],
    verdicts: [],
    crosswalks: [],
    ...overrides,
  };
}

describe('the example packs', () => {
  it('load, adding twelve namespaced items and leaving every core item as it was', () => {
    const before = JSON.stringify(core.recommendations);
    const catalog = loaded();
    expect(packsOf(catalog).map((p) => `${p.id}@${p.version}`)).toEqual([
      'sp800-125b@1.0.0',
      'sp800-125a-to-sp800-53r5@1.0.0',
      'example-org-baseline@1.1.0',
    ]);
    const added = catalog.recommendations.slice(core.recommendations.length);
    expect(added.map((r) => r.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `example-org-baseline.VS-${String(i + 1).padStart(2, '0')}`),
    );
    expect(added.every((r) => r.pack === 'example-org-baseline' && r.provenance.publication === 'Pack')).toBe(true);
    expect(JSON.stringify(catalog.recommendations.slice(0, core.recommendations.length))).toBe(before);
    expect(JSON.stringify(core.recommendations)).toBe(before);
    expect(catalog.rules.length).toBe(core.rules.length + 12);
  });

  it('crosswalk every SP 800-125A recommendation to SP 800-53 Rev. 5, all INFERRED', () => {
    const catalog = loaded();
    const hy = core.recommendations.filter((r) => r.pack === 'SP800-125A');
    expect(hy).toHaveLength(22);
    for (const rec of hy) {
      const links = crosswalksOf(catalog, rec.id).filter((l) => l.pack === 'sp800-125a-to-sp800-53r5');
      expect(links.length, rec.id).toBeGreaterThan(0);
      expect(links.every((l) => l.target.scheme === 'sp800-53r5' && l.target.basis === 'INFERRED')).toBe(true);
    }
    expect(crosswalksOf(catalog, 'HY-SR-20').map((l) => l.target.id)).toEqual([
      'SC-7',
      'SC-7(15)',
      'AC-17',
      'AC-4',
      'SC-7(15)',
    ]);
  });

  it('are evaluated by the unchanged engine on a real template', () => {
    const catalog = loaded();
    const esxi = assess(loadTemplate('esxi-cluster'), catalog);
    const item = (id: string) => esxi.checklist.find((i) => i.recommendationId === `example-org-baseline.${id}`)!;
    // Every hypervisor overcommits memory while erp-db-01 is a sensitive workload.
    expect(item('VS-09').applicability).toBe('applicable');
    expect(item('VS-09').modelEvidence).toBe('contradicts');
    expect(item('VS-07').applicability).toBe('applicable');
    expect(item('VS-06').modelEvidence).toBe('supports');
    const kvm = assess(loadTemplate('kvm-libvirt'), catalog);
    const kvmItem = (id: string) => kvm.checklist.find((i) => i.recommendationId === `example-org-baseline.${id}`)!;
    // liveMigration is unknown on kvm-node-01: needs input, never "not applicable".
    expect(kvmItem('VS-07').applicability).toBe('needs-input');
    expect(kvmItem('VS-08').modelEvidence).toBe('contradicts');
    // Nothing sensitive-and-overcommitted is stated, but db-01 is sensitive and overcommit is unknown.
    expect(kvmItem('VS-09').applicability).toBe('applicable');
    expect(kvmItem('VS-09').modelEvidence).toBe('none');
  });
});

describe('applyPacks refuses, naming the path, and composes nothing', () => {
  const refused = (p: Pack, source = 'acme.json') => {
    const result = applyPacks(core, [{ source, pack: p }]);
    expect(result.ok).toBe(false);
    return result.ok ? [] : result.errors;
  };

  it('a pack item that redefines a core id', () => {
    const p = pack();
    p.recommendations[0]!.id = 'HY-SR-1';
    p.rules[0]!.recommendations = ['HY-SR-1'];
    const errors = refused(p);
    expect(errors[0]).toEqual({
      path: 'acme.json: recommendations[0].id',
      message: expect.stringContaining('"HY-SR-1" is a core catalog id'),
    });
  });

  it('a rule that would make a core recommendation apply', () => {
    const p = pack();
    p.rules[0]!.recommendations = ['HY-SR-13'];
    expect(refused(p)).toEqual([
      { path: 'acme.json: rules[0].recommendations[0]', message: expect.stringContaining('core recommendation') },
    ]);
  });

  it('a condition on an attribute the type does not have, or a value it cannot hold', () => {
    const p = pack();
    p.rules[0]!.when = {
      all: [
        { attr: 'noSuchThing', eq: true },
        { attr: 'liveMigration', eq: 'yes' },
      ],
    };
    const errors = refused(p);
    expect(errors.map((e) => e.path)).toEqual([
      'acme.json: rules[0].when.all[0].attr',
      'acme.json: rules[0].when.all[1]',
    ]);
    expect(errors[0]!.message).toContain('"noSuchThing" is not defined on component type "physical-host"');
  });

  it('unknown tasks, types and crosswalk items, and duplicate ids', () => {
    const p = pack({
      crosswalks: [{ item: 'NOPE', targets: [{ scheme: 'cci', id: 'CCI-000366', basis: 'INFERRED' }] }],
    });
    p.recommendations[0]!.tasks = ['HY-BF9.T1'];
    p.recommendations.push({ ...p.recommendations[0]!, tasks: [] });
    p.rules[0]!.appliesTo = ['toaster'];
    const paths = refused(p).map((e) => e.path);
    expect(paths).toContain('acme.json: crosswalks[0].item');
    expect(paths).toContain('acme.json: recommendations[0].tasks[0]');
    expect(paths).toContain('acme.json: recommendations[1].id');
    expect(paths).toContain('acme.json: rules[0].appliesTo[0]');
  });

  it('the same pack twice', () => {
    const result = applyPacks(core, [
      { source: 'a.json', pack: pack() },
      { source: 'b.json', pack: pack() },
    ]);
    expect(result.ok ? [] : result.errors).toEqual([
      { path: 'b.json: id', message: expect.stringContaining('already given by a.json') },
    ]);
  });
});

describe('parsePackText', () => {
  it('names the file and the path of a schema problem, in JSON and in YAML', () => {
    const bad = { ...pack(), recommendations: [{ ...pack().recommendations[0], title: '' }] };
    const json = parsePackText(JSON.stringify(bad), 'x.json', yaml);
    expect(json.ok ? [] : json.errors.map((e) => e.path)).toEqual(['x.json: recommendations[0].title']);
    const y = parsePackText('id: acme\nversion: 1.0\n', 'x.yaml', yaml);
    expect(y.ok ? [] : y.errors.map((e) => e.path)).toContain('x.yaml: version');
  });

  it('refuses YAML syntax errors, alias bombs and prototype keys', () => {
    const syntax = parsePackText('id: [unclosed\n', 'x.yml', yaml);
    expect(syntax.ok ? '' : syntax.errors[0]!.message).toMatch(/^Not valid YAML: .*line 2/);
    const bomb = [
      'a: &a [x, x, x, x, x, x, x, x, x, x]',
      ...Array.from(
        { length: 8 },
        (_, i) =>
          `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
            .fill(`*${String.fromCharCode(97 + i)}`)
            .join(', ')}]`,
      ),
    ].join('\n');
    const bombed = parsePackText(bomb, 'x.yaml', yaml);
    expect(bombed.ok ? '' : bombed.errors[0]!.message).toMatch(/^Not valid YAML: .*alias/i);
    const proto = parsePackText('{"id":"acme","__proto__":{"x":1}}', 'x.json', yaml);
    expect(proto.ok ? '' : proto.errors[0]!.message).toContain('forbidden key "__proto__"');
  });
});
