/**
 * "Import project…" with an OTM file, through the real workspace and an IndexedDB database:
 * a valid file becomes a new, opened project; a refused one changes nothing stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { otmFileText, toOtm } from '../domain/interchange/otm/toOtm';
import { createHarness, hashDatabase } from '../test/storageHarness';

let harness: Awaited<ReturnType<typeof createHarness>>;

beforeAll(async () => {
  harness = await createHarness();
});
afterAll(() => harness.close());

describe('importing an OTM file as a project', () => {
  it('opens it as a new project with the same components and connections', async () => {
    const original = harness.store.getState().document;
    const text = otmFileText(toOtm(original, harness.catalog).otm);
    const result = await harness.storage.importProject(text, 'kvm.otm.json', text.length);
    expect(result).toMatchObject({
      ok: true,
      message: expect.stringMatching(/^Imported "KVM\/QEMU with libvirt.*" from an OTM file \(20 components\)/),
    });
    const opened = harness.store.getState().document;
    expect(opened.id).not.toBe(original.id);
    expect(opened.components).toEqual(original.components);
    expect(opened.connections).toEqual(original.connections);
    expect((await harness.repository.list()).map((p) => p.id)).toContain(opened.id);
  });

  it('flags unmapped types in the message, and refuses a broken file without changing anything', async () => {
    const foreign = JSON.stringify({
      otmVersion: '0.2.0',
      project: { name: 'Other tool', id: 'x' },
      trustZones: [{ id: 'z', name: 'Zone', risk: { trustRating: 1 } }],
      components: [{ id: 'q', name: 'Queue', type: 'kafka', parent: { trustZone: 'z' } }],
    });
    const ok = await harness.storage.importProject(foreign, 'other.otm', foreign.length);
    expect(ok.ok).toBe(true);
    expect(ok.message).toContain('Review the type of: Queue.');
    const before = await hashDatabase(harness.db);
    const broken = foreign.replace('"trustZone":"z"', '"trustZone":"nowhere"');
    const refused = await harness.storage.importProject(broken, 'other.otm', broken.length);
    expect(refused).toEqual({
      ok: false,
      message: expect.stringContaining('"other.otm" is not a valid OTM 0.2.0 file at components[0].parent.trustZone'),
    });
    expect(await hashDatabase(harness.db)).toBe(before);
  });
});
