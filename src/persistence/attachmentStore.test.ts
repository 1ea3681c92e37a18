import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openWorkbenchDb, type WorkbenchDb } from './db';
import { createAttachmentStore } from './attachmentStore';
import { isQuotaError } from './attachmentFiles';
import { MAX_ATTACHMENT_BYTES } from '../domain/checklist/assessmentWorkflow';

let db: WorkbenchDb | undefined;
let n = 0;
const ids = () => `blob${++n}`;

afterEach(async () => {
  await db?.delete();
  db = undefined;
});

describe('attachment store', () => {
  it('stores a file and reads the same bytes back', async () => {
    db = openWorkbenchDb(`attachments-${Math.random()}`);
    const store = createAttachmentStore(db, ids);
    const put = await store.put('p1', { name: 'bios.txt', mediaType: 'text/plain', blob: new Blob(['VT-d enabled']) });
    expect(put).toMatchObject({ ok: true, size: 12 });
    if (!put.ok) return;
    const back = await store.get(put.blobId);
    expect(back).toMatchObject({ name: 'bios.txt', mediaType: 'text/plain', size: 12 });
    expect(await new Response(back!.blob).text()).toBe('VT-d enabled');
    await store.remove(put.blobId);
    expect(await store.get(put.blobId)).toBeUndefined();
  });

  it('refuses a file over the limit with a message and stores nothing', async () => {
    db = openWorkbenchDb(`attachments-${Math.random()}`);
    const store = createAttachmentStore(db, ids);
    const big = new Blob([new Uint8Array(MAX_ATTACHMENT_BYTES + 1)]);
    const put = await store.put('p1', { name: 'dump.bin', mediaType: '', blob: big });
    expect(put.ok).toBe(false);
    if (!put.ok) expect(put.message).toMatch(/dump\.bin.*10 MB/);
    expect(await db.attachments.count()).toBe(0);
  });

  // The implementation is no longer a separate chunk (issue 16), so a failed write stands in for a failed load.
  it('answers put with a message, not a rejection, when the database write fails', async () => {
    db = openWorkbenchDb(`attachments-${Math.random()}`);
    const store = createAttachmentStore(db, ids);
    vi.spyOn(db.attachments, 'add').mockRejectedValue(new Error('disk gone'));
    const put = await store.put('p1', { name: 'bios.txt', mediaType: 'text/plain', blob: new Blob(['x']) });
    expect(put.ok).toBe(false);
    if (!put.ok) expect(put.message).toMatch(/^“bios\.txt” could not be stored: /);
  });

  it('recognises quota errors by name, Firefox code and when wrapped', () => {
    expect(isQuotaError({ name: 'QuotaExceededError' })).toBe(true);
    expect(isQuotaError({ name: 'UnknownError', code: 1014 })).toBe(true);
    expect(isQuotaError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toBe(true);
    expect(isQuotaError(new Error('constraint'))).toBe(false);
  });
});
