/**
 * Test harness: the real store, repository and workspace over an in-memory IndexedDB
 * (fake-indexeddb), with a fixed clock and counting ids. Used by the storage tests only.
 */
import 'fake-indexeddb/auto';
import { createHash } from 'node:crypto';
import { loadBundledCatalog } from '../domain/catalog/catalogSource';
import { bundledTemplateLibrary, instantiateTemplate } from '../domain/catalog/templates';
import { createWorkbenchStore } from '../store/createWorkbenchStore';
import { openWorkbenchDb, type WorkbenchDb } from '../persistence/db';
import { createProjectRepository } from '../persistence/projectRepository';
import { createRepositoryLibrary } from '../persistence/repositoryLibrary';
import { createWorkspace } from '../app/workspace/workspace';
import { createTabCoordinator } from '../persistence/tabCoordinator';

let dbCounter = 0;

export async function createHarness() {
  const catalog = loadBundledCatalog();
  let tick = 0;
  const clock = () => new Date(Date.UTC(2026, 10, 28, 0, 0, tick++)).toISOString();
  let n = 0;
  const ids = () => `id${++n}`;
  const db = openWorkbenchDb(`htw-test-${++dbCounter}-${Date.now()}`);
  const core = createProjectRepository(db, catalog);
  // With its trash, snapshot and backup operations, as the project library uses it.
  const repository = { ...core, ...createRepositoryLibrary(core.core) };
  const first = instantiateTemplate('kvm-libvirt', { id: 'p1', now: clock() });
  await repository.create(first);
  const store = createWorkbenchStore({ catalog, clock, ids }, first);
  // No Web Locks and no channel in Node: this tab edits alone.
  const coordinator = createTabCoordinator({
    tabId: 't1',
    schemaVersion: 1,
    locks: undefined,
    channel: { postMessage() {}, close() {} } as unknown as BroadcastChannel,
  });
  const storage = createWorkspace({
    store,
    repository,
    coordinator,
    catalog,
    templates: bundledTemplateLibrary,
    clock,
    ids,
  });
  store.setState({ storage });
  await storage.ready;
  return { db, repository, store, storage, catalog, close: () => db.close() };
}

/** SHA-256 of every table's rows (blobs by size and type), in key order: equal hashes mean unchanged data. */
export async function hashDatabase(db: WorkbenchDb): Promise<string> {
  const [documents, session, snapshots, attachments] = await Promise.all([
    db.documents.orderBy('id').toArray(),
    db.session.orderBy('key').toArray(),
    db.snapshots.orderBy('id').toArray(),
    db.attachments.orderBy('id').toArray(),
  ]);
  const plain = {
    documents,
    session,
    snapshots,
    attachments: attachments.map(({ blob, ...rest }) => ({ ...rest, blob: [blob.size, blob.type] })),
  };
  return createHash('sha256').update(JSON.stringify(plain)).digest('hex');
}
