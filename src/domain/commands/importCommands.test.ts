import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadBundledCatalog } from '../catalog/catalogSource';
import { createDocument } from '../model/operations';
import { loadPacks } from '../packs/parsePack';
import { EXAMPLE_PACK_FILES } from '../packs/testPacks';
import { mapScanResults } from '../evidence/mapScanResults';
import { parseScanReport } from '../evidence/parseScanReport';
import { SCAN_FIXTURES } from '../evidence/testFiles';
import { applyDiff, invertDiff } from './diff';
import { acceptScanSuggestion, applyTailoringProfile, attachScanEvidence } from './importCommands';

const loaded = loadPacks(loadBundledCatalog(), EXAMPLE_PACK_FILES, (t) =>
  parse(t, { maxAliasCount: 50, uniqueKeys: true }),
);
if (!loaded.ok) throw new Error(JSON.stringify(loaded.errors));
const catalog = loaded.catalog;
const doc = createDocument({
  id: 'd1',
  name: 'P',
  now: '2026-12-01T00:00:00.000Z',
  catalog: { id: 'c', version: '1' },
});
const exactly = (d: unknown) => JSON.stringify(d);

describe('import commands', () => {
  it('attach scan evidence with ids from the factory, accept its suggestion, each one exact, undoable diff', () => {
    let n = 0;
    const ctx = { ids: () => `ev${++n}`, now: '2026-12-03T17:00:00.000Z', catalog };
    const name = 'openscap-debian-arf.xml';
    const attached = attachScanEvidence(doc, mapScanResults(parseScanReport(SCAN_FIXTURES[name], name), catalog), ctx);
    const added = Object.values(attached.diff.collections.assessment!.added);
    expect(added.flatMap((e) => e.evidence.map((x) => x.id)).sort()).toEqual(['ev1', 'ev2']);
    expect(exactly(applyDiff(attached.document, invertDiff(attached.diff)))).toBe(exactly(doc));
    const [key, entry] = Object.entries(attached.document.assessment).find(([, e]) => e.evidence[0]?.scan?.suggested)!;
    const accepted = acceptScanSuggestion(
      attached.document,
      { recommendationId: key, evidenceId: entry.evidence[0]!.id },
      ctx,
    );
    expect(Object.keys(accepted.diff.collections.assessment!.changed)).toEqual([key]);
    expect(accepted.document.assessment[key]!.status).toBe(entry.evidence[0]!.scan!.suggested);
  });

  it('apply a tailoring profile as one diff of the tailoring records', () => {
    const ctx = { ids: () => 'x', now: '2026-12-03T17:00:00.000Z', catalog };
    const profile = {
      format: 'htw-tailoring-profile',
      version: 1,
      name: 'Org',
      decisions: [
        { recommendationId: 'HY-SR-1', decision: 'scoped-out', justification: 'No such hosts', approver: 'CISO' },
      ],
    } as unknown as Parameters<typeof applyTailoringProfile>[1];
    const result = applyTailoringProfile(doc, profile, ctx);
    expect(result.document.tailoring?.['HY-SR-1']).toMatchObject({ decision: 'scoped-out', decidedAt: ctx.now });
    expect(exactly(applyDiff(result.document, invertDiff(result.diff)))).toBe(exactly(doc));
  });
});
