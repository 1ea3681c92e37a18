/** Installed packs in reports: a section (and OSCAL group) per pack, validated against the official OSCAL schema when present. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { buildReport } from './buildReport';
import { toOscalCatalog } from './oscal/toOscalCatalog';
import { toAssessmentResults } from './oscal/toAssessmentResults';
import { assess } from '../rules/assess';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';
import { loadPacks } from '../packs/parsePack';
import { EXAMPLE_PACK_FILES } from '../packs/testPacks';
import { OSCAL_SCHEMA_DIR, oscalErrors } from '../../test/officialOscal';

const result = loadPacks(loadBundledCatalog(), EXAMPLE_PACK_FILES, (t) => parse(t));
if (!result.ok) throw new Error(JSON.stringify(result.errors));
const catalog = result.catalog;
const document = loadTemplate('kvm-libvirt');
const report = buildReport(document, catalog, assess(document, catalog), { generatedAt: '2026-12-03T12:00:00Z' });

describe('reports with packs', () => {
  it('place pack items under their baseline function, never in the platform-wide or the bundled SP 800-125B pack section', () => {
    const section = (id: string) => report.functions.find((s) => s.id === id);
    expect(section('HY-BF4')!.recommendations.map((r) => r.id)).toContain('example-org-baseline.VS-08');
    const ids = (id: string) => section(id)?.recommendations.map((r) => r.id) ?? [];
    expect([...ids('platform'), ...ids('pack-sp800-125b')].some((id) => id.startsWith('example-org-baseline.'))).toBe(
      false,
    );
    // VS-01 and VS-02 name no baseline function: they get the pack's own section.
    expect(ids('pack-example-org-baseline')).toEqual(['example-org-baseline.VS-01', 'example-org-baseline.VS-02']);
    expect(section('pack-example-org-baseline')!.title).toBe(
      'Example Corp virtualisation baseline (pack example-org-baseline 1.1.0)',
    );
  });

  it('give every pack item an OSCAL control', () => {
    const oscal = toOscalCatalog(catalog, '2026-12-03T12:00:00Z');
    const all = JSON.stringify(oscal);
    for (let i = 1; i <= 12; i++) expect(all).toContain(`"example-org-baseline.vs-${String(i).padStart(2, '0')}"`);
    if (OSCAL_SCHEMA_DIR) {
      expect(oscalErrors('oscal-catalog', oscal)).toEqual([]);
      expect(oscalErrors('oscal-ar', toAssessmentResults(report))).toEqual([]);
    }
  });
});
