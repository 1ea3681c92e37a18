/**
 * `--no-pack ID` and `--with-pack ID` of `htw assess` and `htw report` (issue 19): remove a
 * bundled pack from the model for this run, or add back one the model removed (its saved
 * `removedPacks`). The model's own choice applies when neither is given, as in the app, and
 * the entries of a removed pack's items are kept in the model, never reported as orphaned.
 */
import type { CatalogData } from '../domain/catalog/schema';
import type { WorkbenchDocument } from '../domain/model/schema';
import { packsOf } from '../domain/packs/applyPacks';
import { catalogForProject, setPackRemoved } from '../domain/packs/bundledPacks';
import { UsageError } from './cliArgs';

export interface ProjectPackChoice {
  remove: string[];
  add: string[];
}

export const PROJECT_PACK_HELP = `  --no-pack ID           Leave the bundled pack ID (e.g. sp800-125b) out of this run: its
                         items, rules and verdicts are not assessed or reported. The model's
                         entries for them are kept. Repeatable.
  --with-pack ID         Add back a bundled pack the model removed (saved in the app with
                         Packs > Remove from project). Repeatable.`;

/** Handles `--no-pack` / `--with-pack` into `choice`; false for other options. */
export function takeProjectPack(name: string, takeValue: () => string, choice: ProjectPackChoice): boolean {
  if (name !== '--no-pack' && name !== '--with-pack') return false;
  const id = takeValue();
  if (!/^[a-z0-9][a-z0-9-]{1,30}$/.test(id))
    throw new UsageError(`${name} takes a pack id such as sp800-125b, not "${id}"`);
  const [into, other] = name === '--no-pack' ? [choice.remove, choice.add] : [choice.add, choice.remove];
  if (other.includes(id)) throw new UsageError(`pack ${id} is given to both --no-pack and --with-pack`);
  if (!into.includes(id)) into.push(id);
  return true;
}

/**
 * The model and catalog of this run: the model's `removedPacks` with `choice` applied, and the
 * catalog without those packs. Undefined after saying on stderr which id is not a bundled pack.
 */
export function applyProjectPacks(
  io: { stderr(text: string): void },
  document: WorkbenchDocument,
  catalog: CatalogData,
  choice: ProjectPackChoice | undefined,
): { document: WorkbenchDocument; catalog: CatalogData } | undefined {
  let doc = document;
  if (choice && choice.remove.length + choice.add.length > 0) {
    const bundled = packsOf(catalog)
      .filter((p) => p.bundled)
      .map((p) => p.id);
    for (const id of [...choice.remove, ...choice.add]) {
      if (!bundled.includes(id)) {
        io.stderr(
          `htw: ${choice.remove.includes(id) ? '--no-pack' : '--with-pack'} ${id}: not a bundled pack (bundled: ${bundled.join(', ') || 'none'})\n`,
        );
        return undefined;
      }
    }
    for (const id of choice.remove) doc = setPackRemoved(doc, id, true);
    for (const id of choice.add) doc = setPackRemoved(doc, id, false);
  }
  return { document: doc, catalog: catalogForProject(catalog, doc.removedPacks) };
}
