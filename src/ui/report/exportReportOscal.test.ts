/**
 * The OSCAL files the Export menu downloads, for every shipped template, a hostile-text model
 * and a 300-component model opened in the store as the app opens an imported file, validated
 * against NIST's official OSCAL 1.2.1 schemas (issue 22 item 11). Skipped, saying why, when
 * the schemas are not found (src/test/officialOscal.ts).
 */
import { describe, expect, it, vi } from 'vitest';
import { loadBundledCatalog } from '../../domain/catalog/catalogSource';
import { importProjectFile } from '../../domain/io/projectFile';
import { exportProjectFile } from '../../domain/io/projectFileFormat';
import { createWorkbenchStore } from '../../store/createWorkbenchStore';
import { OSCAL_FORMATS, OSCAL_SCHEMA_DIR, OSCAL_SKIP_REASON, oscalErrors } from '../../test/officialOscal';
import { hostileDocument, largeDocument, shippedTemplates } from '../../test/fixtures/reportDocuments';
import { exportReport } from './exportReport';

const downloads = vi.hoisted(() => [] as { fileName: string; data: unknown; mediaType: string }[]);
vi.mock('../shared/downloadBlob', () => ({
  downloadBlob: (fileName: string, data: unknown, mediaType: string) =>
    void downloads.push({ fileName, data, mediaType }),
}));

const catalog = loadBundledCatalog();
const MODELS = [
  ...shippedTemplates().map((t) => ({ name: `template ${t.id}`, text: t.text })),
  { name: 'hostile-text model', text: exportProjectFile(hostileDocument(catalog)) },
  { name: '300-component model', text: exportProjectFile(largeDocument(catalog, 300)) },
];

describe.skipIf(!OSCAL_SCHEMA_DIR)(`the Export menu's OSCAL files pass NIST's schemas in ${OSCAL_SCHEMA_DIR}`, () => {
  it.each(MODELS)('$name', { timeout: 60_000 }, async ({ text }) => {
    const imported = importProjectFile(text, catalog);
    if (!imported.ok) throw new Error(`the model does not import: ${JSON.stringify(imported.error)}`);
    const store = createWorkbenchStore(
      { catalog, clock: () => '2026-11-28T12:00:00Z', ids: () => 'id1' },
      imported.value,
    );
    for (const format of OSCAL_FORMATS) {
      downloads.length = 0;
      const fileName = await exportReport(store.getState(), format, { pageSize: 'A4' });
      expect(downloads.map((d) => d.fileName)).toEqual([fileName]);
      expect(oscalErrors(format, JSON.parse(String(downloads[0]!.data))), format).toEqual([]);
    }
  });
});

describe.skipIf(OSCAL_SCHEMA_DIR)("the Export menu's OSCAL files against the official schemas", () => {
  it.skip(`skipped: ${OSCAL_SKIP_REASON}`, () => {});
});
