/** Every interchange export by name, shared by `htw export` and the app's Export menu so both write the same files. */
import type { WorkbenchDocument } from '../model/schema';
import type { CatalogSource } from '../rules/engineCatalog';
import type { LossReport } from './lossReport';
import { otmFileText, toOtm } from './otm/toOtm';
import { threatDragonFileText, toThreatDragon } from './threatDragon/toThreatDragon';
import { threagileFileText, toThreagile } from './threagile/toThreagile';
import { tmBomFileText, toTmBom } from './tmBom/toTmBom';

export const INTERCHANGE_EXPORTS = ['otm', 'tmbom', 'threat-dragon', 'threagile'] as const;
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
  if (format === 'tmbom') {
    const { bom, tmBom, losses } = toTmBom(document, catalog);
    return { text: tmBomFileText(bom), losses, counts: `${tmBom.trust_zones.length} trust zones, ${tmBom.components.length} components, ${tmBom.data_flows.length} data flows, ${tmBom.threats.length} threats, ${tmBom.controls.length} controls` };
  }
  if (format === 'threagile') {
    const { model, losses } = toThreagile(document, catalog);
    const count = (key: string) => Object.keys(model[key] as object).length;
    return { text: threagileFileText(model), losses, counts: `${count('technical_assets')} technical assets, ${count('trust_boundaries')} trust boundaries, ${count('shared_runtimes')} shared runtimes` };
  }
  const { model, losses } = toThreatDragon(document, catalog);
  const cells = (model as { detail: { diagrams: { cells: { shape: string }[] }[] } }).detail.diagrams[0]!.cells;
  return { text: threatDragonFileText(model), losses, counts: `one diagram of ${cells.filter((c) => c.shape !== 'flow').length} elements and ${cells.filter((c) => c.shape === 'flow').length} flows` };
}
