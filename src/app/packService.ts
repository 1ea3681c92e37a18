/**
 * Installed packs in the running app: composes them into the store's catalog, installs and
 * removes them (stored only after validation succeeds), records on the project which packs it
 * was assessed with, and says so when a project names a pack that is not installed.
 */
import type { CatalogData } from '../domain/catalog/schema';
import { packsOf, withBundledPacks } from '../domain/packs/applyPacks';
import { catalogForProject } from '../domain/packs/bundledPacks';
import { setProjectPackRemoved } from '../domain/commands/packCommands';
import type { PackService, PackStorage } from '../domain/packs/installedPacks';
import { missingPacks, recordPacks, samePackRefs } from '../domain/packs/packRefs';
import type { WorkbenchStore } from '../store/createWorkbenchStore';
import type * as InstalledPackReading from './installedPackReading';
import { pluralWord } from '../domain/text/plural';

let reading: Promise<typeof InstalledPackReading> | undefined;

/** Reading pack files (with the YAML parser), loaded once on first use; a failed load (server gone) is retried on the next. */
function loadReading() {
  return (reading ??= import('./installedPackReading').catch((error: unknown) => {
    reading = undefined;
    throw error;
  }));
}

export interface PackServiceDeps {
  core: CatalogData;
  storage: PackStorage;
  store: WorkbenchStore;
  clock: () => string;
}

/** The core catalog with the stored packs; packs that no longer compose are reported. */
export async function initialCatalog(
  core: CatalogData,
  storage: PackStorage,
): Promise<{ catalog: CatalogData; problems: string[] }> {
  const stored = await storage.list();
  if (stored.length === 0) return { catalog: withBundledPacks(core), problems: [] };
  const { catalog, failed } = (await loadReading()).composeStored(core, stored);
  const problems = failed.map(
    (f) =>
      `The installed pack ${f.pack.id} ${f.pack.version} no longer fits the catalog and is not applied: ${f.errors[0]?.path}: ${f.errors[0]?.message}`,
  );
  return { catalog, problems };
}

/**
 * Keeps the store's catalog the open project's view of `composed` (core, bundled and
 * installed packs): without the packs the project removed for itself (`removedPacks`).
 * Re-applied whenever that field changes (remove, add back, undo, redo, opening another
 * project) and when the packs are recomposed. Returns the stop function and a setter.
 */
export function watchProjectCatalog(
  store: WorkbenchStore,
  composed: CatalogData,
): { setComposed(catalog: CatalogData): void; composed(): CatalogData; stop(): void } {
  let full = composed;
  const apply = () => {
    const view = catalogForProject(full, store.getState().document.removedPacks);
    if (view !== store.getState().catalog) store.setState({ catalog: view });
  };
  apply();
  const stop = store.subscribe((state, previous) => {
    if (state.document.removedPacks !== previous.document.removedPacks) apply();
  });
  return {
    setComposed(catalog) {
      full = catalog;
      apply();
    },
    composed: () => full,
    stop,
  };
}

export function createPackService({ core, storage, store, clock }: PackServiceDeps): PackService {
  // The store holds the full composed catalog until now; from here on it holds the project's view.
  const project = watchProjectCatalog(store, store.getState().catalog);
  const installed = { core, storage, store, clock, setComposed: project.setComposed };
  const setRemoved = (packId: string, removed: boolean) => {
    const pack = packsOf(project.composed()).find((p) => p.id === packId);
    const result = store.getState().dispatch(setProjectPackRemoved, { packId, removed });
    const { notify } = store.getState();
    if (result.refusal) {
      notify({ kind: 'error', text: result.refusal.message });
      return false;
    }
    const name = pack ? `${pack.title} (${pack.id})` : packId;
    const kept = Object.values(result.document.assessment).filter((e) =>
      e.recommendationId.startsWith(`${packId}.`),
    ).length;
    notify({
      kind: 'info',
      text: removed
        ? `Removed ${name} from this project: its items leave the checklist, reports and exports. ${kept} assessment ${kept === 1 ? 'entry is' : 'entries are'} kept for when it is added back.`
        : `Added ${name} back to this project; ${kept} kept assessment ${kept === 1 ? 'entry is' : 'entries are'} shown again.`,
      action: {
        label: 'Undo',
        run: () => {
          store.getState().undo();
          store.getState().notify(null);
        },
      },
    });
    return true;
  };
  return {
    list: () => storage.list(),
    bundled: () => packsOf(project.composed()).filter((p) => p.bundled),
    removeFromProject: (packId) => setRemoved(packId, true),
    addBackToProject: (packId) => setRemoved(packId, false),
    // Installing and removing read pack files: they load with the reader (installedPackReading.ts).
    preview: async (file) => (await loadReading()).previewFile(core, await storage.list(), file),
    install: async (preview) => (await loadReading()).installPack(installed, preview),
    remove: async (id) => (await loadReading()).removePack(installed, id),
  };
}

/**
 * Keeps `document.packs` up to date when the assessment changes, and tells the user when an
 * opened project names packs that are not installed (its entries stay, shown as orphaned).
 */
export function watchProjectPacks(store: WorkbenchStore): () => void {
  const installed = () => packsOf(store.getState().catalog).map((p) => ({ id: p.id, version: p.version }));
  const warnMissing = () => {
    const { document } = store.getState();
    // A pack the project removed for itself is not missing: it is left out on purpose.
    const removed = new Set(document.removedPacks ?? []);
    const missing = missingPacks(document.packs, installed()).filter((m) => !removed.has(m.ref.id));
    if (missing.length === 0) return;
    const list = missing
      .map(
        (m) =>
          `${m.ref.id} ${m.ref.version}${m.installedVersion ? ` (installed: ${m.installedVersion})` : ' (not installed)'}`,
      )
      .join(', ');
    store.getState().notify({
      kind: 'error',
      text: `This project was assessed with ${pluralWord(missing.length, 'pack')} ${list}. Its assessment state is kept: entries of missing pack items are listed as orphaned until the pack is installed.`,
    });
  };
  warnMissing();
  return store.subscribe((state, previous) => {
    if (state.document.id !== previous.document.id) {
      warnMissing();
      return;
    }
    if (state.readOnly || state.document.assessment === previous.document.assessment) return;
    const refs = recordPacks(state.document.packs, installed());
    if (samePackRefs(state.document.packs, refs)) return;
    // Not an undo step of its own: it describes the assessment edit that just happened.
    store.setState({ document: { ...state.document, packs: refs } });
  });
}
