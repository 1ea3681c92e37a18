/** Every interchange export by name, shared by `htw export` and the app's Export menu so both write the same files. */
import type { WorkbenchDocument } from '../model/schema';
import type { CatalogSource } from '../rules/engineCatalog';
import type { LossReport } from './lossReport';
import { otmFileText, toOtm } from './otm/toOtm';
import { threatDragonFileText, toThreatDragon } from './threatDragon/toThreatDragon';

export const INTERCHANGE_EXPORTS = ['otm', 'threat-dragon'] as const;
export type InterchangeExport = (typeof INTERCHANGE_EXPORTS)[number];

export interface ExportedInterchange {
  text: string;
  losses: LossReport;
  /** What the file holds, in a few words. */
  counts: string;
}

export function exportInterchange(format: InterchangeExport, document: WorkbenchDocument, catalog: CatalogSource): ExportedInterchange {
  if (format === 'otm') {
    const { otm, losses } = toOtm(document, catalog);
    return { text: otmFileText(otm), losses, counts: `${otm.trustZones.length} trust zones, ${otm.components.length} components, ${otm.dataflows.length} data flows, ${otm.threats.length} threats, ${otm.mitigations.length} mitigations` };
  }
  const { model, losses } = toThreatDragon(document, catalog);
  const cells = (model as { detail: { diagrams: { cells: { shape: string }[] }[] } }).detail.diagrams[0]!.cells;
  return { text: threatDragonFileText(model), losses, counts: `one diagram of ${cells.filter((c) => c.shape !== 'flow').length} elements and ${cells.filter((c) => c.shape === 'flow').length} flows` };
}
