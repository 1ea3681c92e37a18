/**
 * Integrity of the real catalog in `threat-catalog/`: the checks the issue asks for, run on
 * the shipped files rather than on fixtures.
 */
import { indexCatalog } from '../rules/engineCatalog';
import { describe, expect, it } from 'vitest';
import { packsOf } from '../packs/applyPacks';
import manifestJson from '../../../threat-catalog/catalog.json';
import lockJson from '../../../threat-catalog/catalog.lock.json';
import { bundledCatalogFiles, loadBundledCatalog, parseBundledCatalog } from './catalogSource';
import { hashCatalogParts } from './contentHash';
import { catalogHashFiles } from './catalogHashInput';
import { parseCatalog } from './parseCatalog';
import { bundledTypeMap } from '../interchange/bundledTypeMap';
import type { Condition, Provenance } from './schema';

const catalog = loadBundledCatalog();

const HY_SR = ['1', '2', '3', '4', '5', '6A', '6B', '6C', ...Array.from({ length: 14 }, (_, i) => String(i + 7))].map(
  (n) => `HY-SR-${n}`,
);
const VM = [
  ...[1, 2, 3, 4, 5].map((n) => `VM-NS-R${n}`),
  ...[1, 2, 3].map((n) => `VM-NPR-R${n}`),
  ...[1, 2, 3, 4].map((n) => `VM-FW-R${n}`),
  ...[1, 2, 3].map((n) => `VM-TM-R${n}`),
];

/** Every `attr` leaf with the types it is tested on (subject, connection or peer types). */
function attrLeaves(
  c: Condition,
  subjects: readonly string[],
  kind: 'component' | 'connection',
  out: { attr: string; types: readonly string[]; kind: string }[] = [],
) {
  if ('all' in c) c.all.forEach((x) => attrLeaves(x, subjects, kind, out));
  else if ('any' in c) c.any.forEach((x) => attrLeaves(x, subjects, kind, out));
  else if ('not' in c) attrLeaves(c.not, subjects, kind, out);
  else if ('attr' in c) out.push({ attr: c.attr, types: subjects, kind });
  else if ('connected' in c) {
    if (c.connected.where) attrLeaves(c.connected.where, c.connected.via, 'connection', out);
    if (c.connected.peer) attrLeaves(c.connected.peer, c.connected.peerTypes ?? [], 'component', out);
  } else if ('contains' in c && c.contains.where) attrLeaves(c.contains.where, c.contains.types, 'component', out);
  else if ('count' in c && c.count.where) attrLeaves(c.count.where, c.count.types, 'component', out);
  return out;
}

function semverGreater(a: string, b: string): boolean {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return (pa[i] ?? 0) > (pb[i] ?? 0);
  return false;
}

describe('bundled catalog', () => {
  it('parses, validates and resolves every reference', () => {
    const result = parseBundledCatalog();
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it('carries the manifest identity', () => {
    expect(catalog.id).toBe('nist-sp800-125a-r1');
    expect(catalog.version).toBe(manifestJson.version);
    expect(catalog.contentHash).toBe(manifestJson.contentHash);
    expect(Object.isFrozen(catalog)).toBe(true);
    expect(Object.isFrozen(catalog.recommendations[0])).toBe(true);
  });

  it('has unique ids in every collection', () => {
    for (const list of [
      catalog.baselineFunctions,
      catalog.tasks,
      catalog.threatSources,
      catalog.threats,
      catalog.recommendations,
      catalog.componentTypes,
      catalog.connectionTypes,
      catalog.rules,
    ]) {
      const ids = list.map((x) => x.id);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    }
  });

  it('has exactly the 22 HY-SR and the 15 SP 800-125B recommendations, with the right packs', () => {
    const a = catalog.recommendations.filter((r) => r.pack === 'SP800-125A').map((r) => r.id);
    // SP 800-125B is a bundled pack: its items are namespaced by the pack id.
    const b = catalog.recommendations.filter((r) => r.pack === 'sp800-125b').map((r) => r.id);
    expect([...a].sort()).toEqual([...HY_SR].sort());
    expect([...b].sort()).toEqual(VM.map((id) => `sp800-125b.${id}`).sort());
    expect(catalog.recommendations).toHaveLength(37);
    expect(packsOf(catalog).map((p) => ({ id: p.id, bundled: p.bundled }))).toEqual([
      { id: 'sp800-125b', bundled: true },
    ]);
    for (const r of catalog.recommendations.filter((x) => x.pack === 'sp800-125b'))
      expect(r.baselineFunction).toBeNull();
  });

  it('maps recommendations to baseline functions as Appendix B does', () => {
    const bf = (id: string) => indexCatalog(catalog).recommendations.get(id)?.baselineFunction;
    expect(bf('HY-SR-1')).toBeNull();
    for (const n of ['2', '3', '4', '5']) expect(bf(`HY-SR-${n}`)).toBe('HY-BF1');
    for (const n of ['6A', '6B', '6C', '7', '8']) expect(bf(`HY-SR-${n}`)).toBe('HY-BF2');
    for (let n = 9; n <= 18; n++) expect(bf(`HY-SR-${n}`)).toBe('HY-BF4');
    for (const n of ['19', '20']) expect(bf(`HY-SR-${n}`)).toBe('HY-BF5');
  });

  it('gives HY-BF3 a reason and no recommendation', () => {
    const bf3 = indexCatalog(catalog).baselineFunctions.get('HY-BF3');
    expect(bf3?.noRecommendationReason).toBeTruthy();
    expect(catalog.recommendations.filter((r) => r.baselineFunction === 'HY-BF3')).toEqual([]);
    const bf3Tasks = new Set(catalog.tasks.filter((t) => t.baselineFunction === 'HY-BF3').map((t) => t.id));
    expect(bf3Tasks.size).toBeGreaterThan(0);
    expect(catalog.recommendations.filter((r) => r.tasks.some((t) => bf3Tasks.has(t))).map((r) => r.id)).toEqual([]);
  });

  it('has all five baseline functions, the three threat sources, HYP-T1..3 and DV1..DV5 with the publication\u2019s prefixes', () => {
    expect(catalog.baselineFunctions.map((b) => b.id)).toEqual(['HY-BF1', 'HY-BF2', 'HY-BF3', 'HY-BF4', 'HY-BF5']);
    expect(catalog.threatSources.map((t) => t.id)).toEqual(['HY-TS1', 'HY-TS2', 'HY-TS3']);
    for (const id of ['HYP-T1', 'HYP-T2', 'HYP-T3', 'HYP-DV1', 'HY-DV2', 'HYP-DV3', 'HY-DV4', 'HY-DV5']) {
      expect(indexCatalog(catalog).threats.has(id), id).toBe(true);
    }
  });

  it('gives every task a threat or an explicit out-of-scope reason, and covers the section 7 tasks', () => {
    for (const t of catalog.tasks) expect(t.threats.length > 0 || t.outOfScope !== undefined, t.id).toBe(true);
    const names = catalog.tasks.map((t) => t.name.toLowerCase()).join(' | ');
    for (const word of [
      'snapshot',
      'hypercall',
      'virtual network',
      'patch',
      'migration',
      'image',
      'passthrough',
      'sr-iov',
      'emulation',
    ]) {
      expect(names, word).toContain(word);
    }
    const network = catalog.tasks.find((t) => t.name.toLowerCase().includes('virtual network'));
    expect(network?.outOfScope?.coveredBy).toContain('SP 800-125B');
    const patching = catalog.tasks.find((t) => t.name.toLowerCase().includes('patch'));
    expect(patching?.outOfScope?.coveredBy.toLowerCase()).toContain('generic server practice');
  });

  it('makes every recommendation reachable by at least one rule', () => {
    const reachable = new Set(catalog.rules.flatMap((r) => r.recommendations));
    expect(catalog.recommendations.map((r) => r.id).filter((id) => !reachable.has(id))).toEqual([]);
  });

  it('gives every item provenance: publication, section, basis, and a page for text items of SP 800-125A', () => {
    const check = (where: string, p: Provenance) => {
      expect(p.section, where).not.toBe('');
      if (p.publication === 'SP 800-125A Rev. 1' && p.basis === 'text') expect(p.page, where).toBeGreaterThan(0);
    };
    for (const x of [
      ...catalog.baselineFunctions,
      ...catalog.tasks,
      ...catalog.threatSources,
      ...catalog.threats,
      ...catalog.componentTypes,
      ...catalog.rules,
    ])
      check(x.id, x.provenance);
    for (const r of catalog.recommendations) {
      check(r.id, r.provenance);
      // Our own material is never passed off as the publication's.
      expect(r.guidance.provenance.basis, `${r.id} guidance`).toBe('inferred');
      expect(r.crosswalk.provenance.basis, `${r.id} crosswalk`).toBe('inferred');
      expect(r.crosswalk.provenance.publication).toBe('SP 800-53 Rev. 5');
      expect(r.crosswalk.sp80053r5.length, `${r.id} crosswalk`).toBeGreaterThan(0);
      if (r.pack === 'SP800-125A') {
        expect(r.page, r.id).toBeGreaterThan(0);
        expect(Object.keys(r.guidance.platforms).sort(), r.id).toEqual(['esxi', 'hyperv', 'kvm', 'xen']);
      }
    }
  });

  it('has at least 24 component types, each with an icon, covering the publication\u2019s components', () => {
    expect(catalog.componentTypes.length).toBeGreaterThanOrEqual(24);
    for (const t of catalog.componentTypes) expect(t.icon, t.id).toMatch(/^[a-z][a-z0-9-]*$/);
    const ids = new Set(catalog.componentTypes.map((t) => t.id));
    for (const id of [
      'physical-host',
      'firmware',
      'tpm',
      'iommu',
      'hypervisor-kernel',
      'host-os',
      'management-vm',
      'device-driver-vm',
      'device-emulator',
      'paravirtual-backend',
      'passthrough-device',
      'sriov-device',
      'sriov-vf',
      'guest-vm',
      'virtual-nic',
      'virtual-switch',
      'physical-nic',
      'nic-team',
      'virtual-firewall',
      'image-library',
      'migration-network',
      'management-console',
      'management-network',
      'security-virtual-appliance',
      'config-management',
      'admin-directory',
      'storage',
      'trust-boundary',
    ]) {
      expect(ids.has(id), id).toBe(true);
    }
    const kernel = indexCatalog(catalog).componentAttributes.get('hypervisor-kernel');
    const type = kernel?.get('hypervisorType');
    expect(type?.type === 'enum' ? type.options.map((o) => o.value) : []).toEqual(['type1', 'type2']);
    const product = kernel?.get('product');
    expect(product?.type === 'enum' ? product.options.map((o) => o.value) : []).toEqual([
      'kvm',
      'xen',
      'hyperv',
      'esxi',
      'other',
    ]);
    const mode = indexCatalog(catalog).connectionAttributes.get('device-assignment')?.get('mode');
    expect(mode?.type === 'enum' ? mode.options.map((o) => o.value) : []).toEqual([
      'emulated',
      'para-virtual',
      'passthrough',
      'sriov-vf',
    ]);
    expect(mode?.type !== 'text' && mode?.unknownAllowed).toBe(true);
  });

  it('lets every attribute that a rule condition tests allow unknown', () => {
    const problems: string[] = [];
    for (const rule of catalog.rules) {
      if (!rule.when) continue;
      for (const leaf of attrLeaves(rule.when, rule.appliesTo, 'component')) {
        for (const type of leaf.types) {
          const specs =
            leaf.kind === 'connection'
              ? indexCatalog(catalog).connectionAttributes.get(type)
              : indexCatalog(catalog).componentAttributes.get(type);
          const spec = specs?.get(leaf.attr);
          if (!spec) problems.push(`${rule.id}: ${type} has no attribute ${leaf.attr}`);
          else if (spec.type === 'text' || !spec.unknownAllowed)
            problems.push(`${rule.id}: ${type}.${leaf.attr} does not allow unknown`);
        }
      }
    }
    expect(problems).toEqual([]);
  });

  it('encodes the issue\u2019s example mappings as rules', () => {
    const recsOf = (type: string) =>
      new Set(catalog.rules.filter((r) => r.appliesTo.includes(type)).flatMap((r) => r.recommendations));
    expect(recsOf('passthrough-device').has('HY-SR-6C')).toBe(true);
    expect(recsOf('sriov-vf').has('HY-SR-6C')).toBe(true);
    const guest = recsOf('guest-vm');
    for (const id of ['HY-SR-6A', 'HY-SR-6B', 'HY-SR-6C', 'HY-SR-9', 'HY-SR-10', 'HY-SR-11', 'HY-SR-12'])
      expect(guest.has(id), id).toBe(true);
    const host = recsOf('physical-host');
    expect(host.has('HY-SR-13') && host.has('HY-SR-19')).toBe(true);
    const kernel = recsOf('hypervisor-kernel');
    for (const id of [
      'HY-SR-1',
      'HY-SR-2',
      'HY-SR-3',
      'HY-SR-4',
      'HY-SR-5',
      'HY-SR-7',
      'HY-SR-8',
      'HY-SR-14',
      'HY-SR-15',
      'HY-SR-17',
      'HY-SR-18',
    ])
      expect(kernel.has(id), id).toBe(true);
    expect(recsOf('management-network').has('HY-SR-20')).toBe(true);
    expect(recsOf('security-virtual-appliance').has('HY-SR-15')).toBe(true);
  });
});

describe('the neutral unmapped type (issue 21)', () => {
  it('exists once, is what imports give unknown types, and no rule or verdict applies to it', () => {
    const unmapped = catalog.componentTypes.filter((t) => t.category === 'unmapped').map((t) => t.id);
    expect(unmapped).toEqual(['unmapped']);
    expect(catalog.rules.filter((r) => r.appliesTo.some((t) => unmapped.includes(t))).map((r) => r.id)).toEqual([]);
    expect(catalog.verdicts.filter((v) => v.appliesTo.some((t) => unmapped.includes(t))).map((v) => v.id)).toEqual([]);
    expect(bundledTypeMap().unknownComponentType).toBe('unmapped');
  });
});

describe('catalog versioning', () => {
  it('records the content hash of the parts and the bundled packs in the manifest', () => {
    const actual = hashCatalogParts(
      catalogHashFiles(
        manifestJson.parts,
        bundledCatalogFiles.parts,
        manifestJson.bundledPacks,
        bundledCatalogFiles.packs,
      ),
    );
    expect(manifestJson.contentHash, 'Run `npm run schemas` to record the hash (after bumping "version").').toBe(
      actual,
    );
  });

  it('does not change content without a version bump (catalog.lock.json)', () => {
    if (lockJson.version === manifestJson.version) {
      expect(
        manifestJson.contentHash,
        `The catalog content changed but "version" is still ${manifestJson.version}. Bump "version" in threat-catalog/catalog.json, then run \`npm run schemas\`.`,
      ).toBe(lockJson.contentHash);
    } else {
      expect(
        semverGreater(manifestJson.version, lockJson.version),
        `catalog version ${manifestJson.version} must be greater than the locked ${lockJson.version}`,
      ).toBe(true);
      expect.fail(
        `Version bumped to ${manifestJson.version}: run \`npm run schemas\` to update threat-catalog/catalog.lock.json.`,
      );
    }
  });

  it('rejects content whose hash does not match the manifest, naming the remedy', () => {
    const rules = structuredClone(bundledCatalogFiles.parts['rules.json']) as { rules: { description: string }[] };
    rules.rules[0]!.description += ' (edited)';
    const result = parseCatalog(
      bundledCatalogFiles.manifest,
      { ...bundledCatalogFiles.parts, 'rules.json': rules },
      { packs: bundledCatalogFiles.packs },
    );
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors[0]?.path).toBe('catalog.json: contentHash');
      expect(result.errors[0]?.message).toMatch(/bump "version"/);
    }
  });

  it('covers the bundled packs: an edited bundled pack file is refused like an edited part', () => {
    const [file] = manifestJson.bundledPacks;
    expect(file).toBeDefined();
    const pack = structuredClone(bundledCatalogFiles.packs[file!]) as { recommendations: { title: string }[] };
    pack.recommendations[0]!.title += ' (edited)';
    const result = parseCatalog(bundledCatalogFiles.manifest, bundledCatalogFiles.parts, {
      packs: { ...bundledCatalogFiles.packs, [file!]: pack },
    });
    expect(result.ok ? [] : result.errors.map((e) => e.path)).toEqual(['catalog.json: contentHash']);
    expect(
      parseCatalog(bundledCatalogFiles.manifest, bundledCatalogFiles.parts, { packs: bundledCatalogFiles.packs }).ok,
    ).toBe(true);
  });
});
