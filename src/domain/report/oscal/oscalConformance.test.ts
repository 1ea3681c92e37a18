/**
 * Conformance of what we emit with NIST's official OSCAL 1.2.1 JSON Schemas. The schemas are
 * not copied into the repository: src/test/officialOscal.ts finds them (OSCAL_SCHEMA_DIR or a
 * shared/oscal folder above the checkout), and these tests report themselves skipped, saying
 * why, when they are absent. Besides the hand-built fixtures, every shipped template, a
 * hostile-text model and a 300-component model go through `buildReport` and the export
 * renderer, as the app and `htw report` do (issue 22 item 11).
 */
import { describe, expect, it } from 'vitest';
import { toAssessmentResults } from './toAssessmentResults';
import { toPoam } from './toPoam';
import { toOscalCatalog } from './toOscalCatalog';
import { FIXTURE_TIME, kvmReportFixture, largeReportFixture } from '../../../test/reportFixtures';
import { buildReport } from '../buildReport';
import { renderTextReport } from '../../export/registry';
import { assess } from '../../rules/assess';
import { loadBundledCatalog } from '../../catalog/catalogSource';
import { DocumentSchema, type WorkbenchDocument } from '../../model/schema';
import {
  OSCAL_FORMATS,
  OSCAL_SCHEMA_DIR,
  OSCAL_SKIP_REASON,
  oscalErrors,
  oscalValidator,
} from '../../../test/officialOscal';
import { hostileDocument, largeDocument, shippedTemplates } from '../../../test/fixtures/reportDocuments';

function expectValid(format: (typeof OSCAL_FORMATS)[number], data: unknown) {
  expect(oscalErrors(format, data), format).toEqual([]);
}

describe.skipIf(!OSCAL_SCHEMA_DIR)(`OSCAL conformance against the official schemas in ${OSCAL_SCHEMA_DIR}`, () => {
  const kvm = kvmReportFixture();
  const large = largeReportFixture(200);

  it('assessment-results validates (KVM template with hostile text; generated 200-component platform)', () => {
    expectValid('oscal-ar', toAssessmentResults(kvm.model));
    expectValid('oscal-ar', toAssessmentResults(large.model));
  });

  it('plan-of-action-and-milestones validates', () => {
    expectValid('oscal-poam', toPoam(kvm.model));
    expectValid('oscal-poam', toPoam(large.model));
  });

  it('the HY-SR catalog validates', () => {
    expectValid('oscal-catalog', toOscalCatalog(kvm.catalog, FIXTURE_TIME));
  });

  it('the validators do reject a broken document (the test can fail)', () => {
    const validate = oscalValidator('oscal-poam');
    const broken = toPoam(kvm.model);
    (broken['plan-of-action-and-milestones'] as { uuid: string }).uuid = 'not-a-uuid';
    expect(validate(broken)).toBe(false);
  });

  describe('the exported files of real models', () => {
    const catalog = loadBundledCatalog();
    const models: { name: string; document: WorkbenchDocument }[] = [
      ...shippedTemplates().map((t) => ({
        name: `template ${t.id}`,
        document: DocumentSchema.parse(JSON.parse(t.text)),
      })),
      { name: 'hostile-text model', document: hostileDocument(catalog) },
      { name: '300-component model', document: largeDocument(catalog, 300) },
    ];
    it.each(models)('$name: every OSCAL format validates', { timeout: 60_000 }, ({ document }) => {
      const model = buildReport(document, catalog, assess(document, catalog), {
        generatedAt: FIXTURE_TIME,
        generator: 'Hypervisor Threat Workbench',
      });
      for (const format of OSCAL_FORMATS) expectValid(format, JSON.parse(renderTextReport(format, model, catalog)));
    });

    it('the hostile model reaches the output: right-to-left text, emoji, markup escaped, 10,000-character notes', () => {
      const document = hostileDocument(catalog);
      const model = buildReport(document, catalog, assess(document, catalog), { generatedAt: FIXTURE_TIME });
      const text = renderTextReport('oscal-ar', model, catalog);
      expect(text).toContain('مرحبا');
      expect(text).toContain('👩‍💻');
      // Markup fields (Markdown in OSCAL) carry the markup escaped; plain strings (names, props) carry it as text.
      const findings: { title: string; description: string; remarks?: string }[] =
        JSON.parse(text)['assessment-results'].results[0].findings;
      const markup = findings.map((f) => `${f.title}\n${f.description}\n${f.remarks ?? ''}`).join('\n');
      expect(markup).toContain('&lt;script&gt;');
      expect(markup).not.toContain('<script>');
      expect(Math.max(...findings.map((f) => f.remarks?.length ?? 0))).toBeGreaterThan(10_000);
    });
  });
});

describe.skipIf(OSCAL_SCHEMA_DIR)('OSCAL conformance', () => {
  it.skip(`skipped: ${OSCAL_SKIP_REASON}`, () => {});
});
