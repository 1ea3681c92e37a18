/**
 * `htw assess|report --no-pack ID` / `--with-pack ID` and a model's own `removedPacks`
 * (issue 19): a removed bundled pack leaves every format, its entries are kept in the model
 * and not reported as orphaned, adding it back shows them again, and a wrong id exits 2.
 */
import { describe, expect, it } from 'vitest';
import { loadTemplate } from '../domain/catalog/templates';
import { setAssessmentStatus } from '../domain/checklist/assessmentOps';
import { setPackRemoved } from '../domain/packs/bundledPacks';
import { memoryIo } from '../test/memoryCliIo';
import { runCli } from './runCli';
import { runExport } from './exportCommand';

const ITEM = 'sp800-125b.VM-NS-R1';
const assessed = setAssessmentStatus(
  loadTemplate('kvm-libvirt'),
  ITEM,
  'platform',
  'implemented',
  '2026-12-03T12:00:00.000Z',
);
const ids = (json: string) => (JSON.parse(json) as { checklist: { id: string }[] }).checklist.map((i) => i.id);

describe('htw assess and a bundled pack removed per project', () => {
  it('--no-pack leaves the pack out of the checklist and orphaned list; the model keeps its entry', () => {
    const t = memoryIo({ 'model.json': JSON.stringify(assessed) });
    expect(runCli(['assess', 'model.json', '--no-pack', 'sp800-125b', '--out', 'out.json'], t.io)).toBe(0);
    const json = JSON.parse(t.written['out.json']!) as {
      checklist: { id: string }[];
      orphaned: { key: string }[];
      packs: { id: string }[];
    };
    expect(json.checklist.some((i) => i.id.startsWith('sp800-125b.'))).toBe(false);
    expect(json.orphaned).toEqual([]);
    expect((json.packs ?? []).map((p) => p.id)).not.toContain('sp800-125b');
    expect(runCli(['assess', 'model.json', '--no-pack', 'sp800-125b', '--format', 'md', '--out', 'out.md'], t.io)).toBe(
      0,
    );
    expect(t.written['out.md']).not.toContain('VM-NS-R1');
    // Without the option the item is there with its kept status.
    expect(runCli(['assess', 'model.json', '--out', 'all.json'], t.io)).toBe(0);
    expect(ids(t.written['all.json']!)).toContain(ITEM);
  });

  it('honours the removedPacks the app saved, and --with-pack adds the pack back with its statuses', () => {
    const t = memoryIo({ 'model.json': JSON.stringify(setPackRemoved(assessed, 'sp800-125b', true)) });
    expect(runCli(['assess', 'model.json', '--out', 'out.json'], t.io)).toBe(0);
    expect(ids(t.written['out.json']!).some((id) => id.startsWith('sp800-125b.'))).toBe(false);
    expect(runCli(['assess', 'model.json', '--with-pack', 'sp800-125b', '--out', 'back.json'], t.io)).toBe(0);
    const back = JSON.parse(t.written['back.json']!) as { checklist: { id: string; status: string }[] };
    expect(back.checklist.find((i) => i.id === ITEM)?.status).toBe('implemented');
    // The interchange export leaves it out too.
    expect(runExport(['model.json', '--format', 'otm', '--out', 'model.otm.json'], t.io)).toBe(0);
    expect(t.written['model.otm.json']).not.toContain('VM-NS-R1');
    expect(t.out()).toContain(
      '1 assessment entry of pack sp800-125b, removed from this project: kept in the project, not exported.',
    );
  });

  it('refuses an id that is not a bundled pack, or one given to both options (exit 2, nothing written)', () => {
    const t = memoryIo({ 'model.json': JSON.stringify(assessed) });
    expect(runCli(['assess', 'model.json', '--no-pack', 'no-such-pack', '--out', 'out.json'], t.io)).toBe(2);
    expect(t.err()).toContain('--no-pack no-such-pack: not a bundled pack (bundled: sp800-125b)');
    expect(runCli(['assess', 'model.json', '--no-pack', 'sp800-125b', '--with-pack', 'sp800-125b'], t.io)).toBe(2);
    expect(t.err()).toContain('given to both --no-pack and --with-pack');
    expect(t.written['out.json']).toBeUndefined();
  });
});
