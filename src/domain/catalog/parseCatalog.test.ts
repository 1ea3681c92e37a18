import { indexCatalog } from '../rules/engineCatalog';
import { describe, expect, it } from 'vitest';
import { bundledCatalogFiles } from './catalogSource';
import { parseCatalog, type CatalogError } from './parseCatalog';

type Json = Record<string, unknown[]>;
const clone = () => structuredClone(bundledCatalogFiles.parts) as Record<string, Json>;

/** Parses edited copies of the real parts (hash check off: the edits are deliberate). */
function errorsOf(
  edit: (parts: Record<string, Json>) => void,
  manifest: unknown = bundledCatalogFiles.manifest,
): CatalogError[] {
  const parts = clone();
  edit(parts);
  const result = parseCatalog(manifest, parts, { verifyHash: false });
  return result.ok ? [] : result.errors;
}

const item = <T>(parts: Record<string, Json>, file: string, collection: string, index: number) =>
  parts[file]![collection]![index] as T;

describe('parseCatalog', () => {
  it('builds an indexed, frozen catalog from the real files', () => {
    const result = parseCatalog(bundledCatalogFiles.manifest, bundledCatalogFiles.parts, {
      packs: bundledCatalogFiles.packs,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const { catalog } = result;
    expect(indexCatalog(catalog).recommendations.get('HY-SR-6C')?.title).toMatch(/IOMMU/);
    expect(indexCatalog(catalog).componentAttributes.get('passthrough-device')?.get('dmaCapable')?.type).toBe(
      'boolean',
    );
    expect(catalog.parts).toEqual((bundledCatalogFiles.manifest as { parts: string[] }).parts);
    expect(() => (catalog.tasks as unknown[]).push({})).toThrow();
  });

  it('reports schema errors with the file and the path inside it', () => {
    const errors = errorsOf((p) => {
      item<Record<string, unknown>>(p, 'recommendations-sp800-125a.json', 'recommendations', 0).title = '';
    });
    expect(errors).toContainEqual(
      expect.objectContaining({ path: 'recommendations-sp800-125a.json: recommendations[0].title' }),
    );
  });

  it('reports an unknown threat referenced by a task', () => {
    const errors = errorsOf((p) => {
      item<{ threats: string[] }>(p, 'baseline-functions.json', 'tasks', 2).threats[0] = 'HYP-T9';
    });
    expect(errors).toEqual([
      { path: 'baseline-functions.json: tasks[2].threats[0]', message: 'Unknown threat "HYP-T9".' },
    ]);
  });

  it('reports duplicate ids and unknown rule targets', () => {
    const errors = errorsOf((p) => {
      const threats = p['threats.json']!.threats!;
      threats.push(structuredClone(threats[0]));
      item<{ recommendations: string[] }>(p, 'rules.json', 'rules', 0).recommendations.push('HY-SR-21');
    });
    expect(errors.map((e) => e.message)).toEqual(
      expect.arrayContaining(['Duplicate threats id "HYP-T1".', 'Unknown recommendation "HY-SR-21".']),
    );
    expect(errors.find((e) => e.message.startsWith('Unknown recommendation'))?.path).toMatch(
      /^rules\.json: rules\[0\]\.recommendations\[\d+\]$/,
    );
  });

  it('checks rule conditions against attribute ids, enum values and unknownAllowed', () => {
    const rules = (p: Record<string, Json>) =>
      p['rules.json']!.rules as { id: string; appliesTo: string[]; when?: unknown }[];
    const at = (p: Record<string, Json>, id: string) => rules(p).findIndex((r) => r.id === id);
    const errors = errorsOf((p) => {
      // The firewall rules moved to a bundled pack: point a core rule at the firewall type instead.
      const firewallRule = rules(p)[at(p, 'R-PLATFORM-INTEGRITY')]!;
      firewallRule.appliesTo = ['virtual-firewall'];
      firewallRule.when = { attr: 'firewallKind', in: ['subnet-level', 'hardware'] };
      rules(p)[at(p, 'R-VMI')]!.when = { attr: 'vmiSupported', eq: true };
      rules(p)[at(p, 'R-EMULATED-ASSIGNMENT')]!.when = { connected: { via: ['device-link'], direction: 'in' } };
      const kernel = (
        p['component-types.json']!.componentTypes as {
          id: string;
          attributes: { id: string; unknownAllowed?: boolean }[];
        }[]
      ).find((t) => t.id === 'hypervisor-kernel')!;
      kernel.attributes.find((a) => a.id === 'paravirtualization')!.unknownAllowed = false;
    });
    const messages = errors.map((e) => `${e.path} ${e.message}`).join('\n');
    expect(messages).toMatch(
      /rules\.json: rules\[\d+\]\.when On component type "virtual-firewall": "hardware" is not an option of "firewallKind"/,
    );
    expect(messages).toMatch(/Attribute "vmiSupported" is not defined on component type "hypervisor-kernel"/);
    expect(messages).toMatch(/\.when\.connected\.via\[0\] Unknown connection type "device-link"/);
    expect(messages).toMatch(
      /"paravirtualization" of component type "hypervisor-kernel" decides applicability, so it must allow unknown/,
    );
  });

  it('reports parts missing from the manifest or not listed in it', () => {
    const manifest = structuredClone(bundledCatalogFiles.manifest) as { parts: string[] };
    manifest.parts.push('extra-pack.json');
    const errors = errorsOf((p) => {
      p['stray.json'] = {};
    }, manifest);
    expect(errors.map((e) => e.path)).toEqual(
      expect.arrayContaining([`catalog.json: parts[${manifest.parts.length - 1}]`, 'stray.json']),
    );
  });

  it('rejects an invalid manifest before reading parts', () => {
    const result = parseCatalog({ id: 'x' }, {});
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors.every((e) => e.path.startsWith('catalog.json'))).toBe(true);
  });
});

describe('parseCatalog namespaces', () => {
  it('refuses an id used both as a threat and as a task', () => {
    const errors = errorsOf((p) => {
      item<{ id: string }>(p, 'threats.json', 'threats', 0).id = 'HY-BF1.T1';
    });
    expect(errors).toContainEqual({
      path: 'threats.json: threats[0].id',
      message: 'Id "HY-BF1.T1" is used both in tasks and in threats.',
    });
  });
});
