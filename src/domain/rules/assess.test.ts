import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { loadTemplate } from '../catalog/templates';
import { buildChecklist } from '../checklist/buildChecklist';
import { buildCoverage, buildThreatSourceView } from '../checklist/coverage';
import { assess } from './assess';
import { evaluate } from './evaluate';

describe('assess', () => {
  const catalog = loadBundledCatalog();
  const document = loadTemplate('kvm-libvirt');

  it('computes the coverage matrix and threat-source view on first read, once, equal to building them directly', () => {
    const assessment = assess(document, catalog);
    expect(Object.getOwnPropertyDescriptor(assessment, 'coverage')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(assessment, 'threatSources')?.get).toBeTypeOf('function');
    const findings = evaluate(document, catalog);
    const { items } = buildChecklist(findings, document, catalog);
    expect(assessment.coverage).toEqual(buildCoverage(findings, document, catalog));
    expect(assessment.threatSources).toEqual(buildThreatSourceView(findings, items, catalog));
    expect(assessment.coverage).toBe(assessment.coverage);
    expect(assessment.threatSources).toBe(assessment.threatSources);
  });

  it('reads, copies and serialises with every part in its usual order', () => {
    const assessment = assess({ ...document }, catalog);
    expect(Object.keys(assessment)).toEqual([
      'catalog',
      'asOf',
      'findings',
      'checklist',
      'orphaned',
      'coverage',
      'threatSources',
      'summary',
      'warnings',
    ]);
    const copy = JSON.parse(JSON.stringify(assessment)) as Record<string, unknown>;
    expect(copy.coverage).toEqual(assessment.coverage);
    expect({ ...assessment }.threatSources).toBe(assessment.threatSources);
  });

  it('is read-only', () => {
    const assessment = assess(document, catalog);
    expect(() => Object.assign(assessment, { summary: null })).toThrow(TypeError);
    expect(() => Object.assign(assessment, { coverage: null })).toThrow(TypeError);
  });
});
