/** Issue 21: a component of the neutral Unmapped type is flagged in the report and the Markdown checklist. */
import { describe, expect, it } from 'vitest';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { instantiateTemplate } from '../catalog/templates';
import { assessmentToMarkdown } from '../checklist/formatChecklist';
import { assess } from '../rules/assess';
import { buildReport } from './buildReport';
import { reportToMarkdown } from './reportToMarkdown';

const catalog = loadBundledCatalog();

describe('unmapped components in outputs', () => {
  const base = instantiateTemplate('kvm-libvirt', { id: 'p1', now: '2026-12-01T00:00:00.000Z' });
  const document = {
    ...base,
    components: {
      ...base.components,
      lambda: {
        id: 'lambda',
        type: 'unmapped',
        name: 'Billing function',
        notes: '',
        position: { x: 0, y: 0 },
        attributes: { sourceType: 'aws-lambda', 'interchange.sourceType': 'aws-lambda' },
      },
    },
  };
  const assessment = assess(document, catalog);

  it('are flagged "needs review: choose a type" and no rule fires on them', () => {
    expect(assessment.warnings.filter((w) => w.code === 'needs-type')).toEqual([
      {
        code: 'needs-type',
        componentId: 'lambda',
        message:
          '"Billing function" is an Unmapped component (type "aws-lambda" in the imported file): needs review: choose a type',
      },
    ]);
    expect(assessment.findings.some((f) => f.componentId === 'lambda')).toBe(false);
  });

  it('the report and the Markdown checklist carry the flag', () => {
    const report = buildReport(document, catalog, assessment, { generatedAt: '2026-12-04T00:00:00Z' });
    expect(reportToMarkdown(report)).toContain('needs-type: "Billing function" is an Unmapped component');
    expect(assessmentToMarkdown(assessment, document, catalog)).toContain('needs review: choose a type');
  });
});
