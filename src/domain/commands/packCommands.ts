/**
 * Per-project pack commands (issue 19): a project removes a bundled pack for itself, or adds
 * it back. One undo step each; the diff is the document's `removedPacks` field only, so the
 * assessment entries of the pack's items are never touched and return with the pack.
 */
import { packsOf } from '../packs/applyPacks';
import { setPackRemoved } from '../packs/bundledPacks';
import { changed, refused, type Command } from './command';

/** Removes (`removed: true`) or adds back a bundled pack for this project only. */
export const setProjectPackRemoved: Command<{ packId: string; removed: boolean }> = (
  doc,
  { packId, removed },
  { now, catalog },
) => {
  const isRemoved = (doc.removedPacks ?? []).includes(packId);
  if (removed) {
    if (isRemoved) return refused(doc, `Pack ${packId} is already removed from this project.`, undefined);
    const pack = packsOf(catalog).find((p) => p.id === packId);
    if (!pack) return refused(doc, `There is no pack ${packId} in this project's catalog.`, undefined);
    // An installed pack is removed for every project in the Packs dialog; only bundled ones are per project.
    if (!pack.bundled)
      return refused(doc, `Pack ${packId} is installed, not bundled: remove it in the Packs dialog.`, undefined);
  } else if (!isRemoved) {
    return refused(doc, `Pack ${packId} is not removed from this project.`, undefined);
  }
  return changed(doc, { ...setPackRemoved(doc, packId, removed), updatedAt: now }, undefined);
};
