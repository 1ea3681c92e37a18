/**
 * The record a project keeps of the packs it was assessed with (`WorkbenchDocument.packs`):
 * updating it after an assessment, and which recorded packs are not installed now. Read on
 * every start, so it stays apart from reading pack files (installedPacks.ts, loaded on demand).
 */

/** A pack a project was assessed with (`WorkbenchDocument.packs`). */
export interface PackRef {
  id: string;
  version: string;
}

/**
 * The packs a project records after an assessment with `installed`: every installed pack at
 * its installed version, and recorded packs that are not installed now kept as they were
 * (so a project still says which pack its entries came from).
 */
export function recordPacks(recorded: readonly PackRef[] | undefined, installed: readonly PackRef[]): PackRef[] {
  const installedIds = new Set(installed.map((p) => p.id));
  const kept = (recorded ?? []).filter((p) => !installedIds.has(p.id));
  return [...installed.map((p) => ({ id: p.id, version: p.version })), ...kept].sort((a, b) =>
    a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
  );
}

export function samePackRefs(a: readonly PackRef[] | undefined, b: readonly PackRef[]): boolean {
  return (a ?? []).length === b.length && b.every((p, i) => a![i]!.id === p.id && a![i]!.version === p.version);
}

/** Recorded packs that are not installed, or installed at another version. */
export function missingPacks(
  recorded: readonly PackRef[] | undefined,
  installed: readonly PackRef[],
): { ref: PackRef; installedVersion: string | null }[] {
  return (recorded ?? []).flatMap((ref) => {
    const now = installed.find((p) => p.id === ref.id);
    return now && now.version === ref.version ? [] : [{ ref, installedVersion: now?.version ?? null }];
  });
}
