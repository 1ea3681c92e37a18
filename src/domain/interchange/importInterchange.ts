/** Reads any interchange format we import, by the format `detectInterchangeFormat` found. */
import type { ImportResult } from '../io/importErrors';
import type { CatalogSource } from '../rules/engineCatalog';
import type { InterchangeFormat } from './detectInterchangeFormat';
import { importOtm, type OtmImport, type OtmImportOptions } from './otm/fromOtm';
import { importThreatDragon } from './threatDragon/fromThreatDragon';
import { importDrawio } from './drawio/fromDrawio';
import { importTmBom } from './tmBom/fromTmBom';

export const INTERCHANGE_NAMES: Record<InterchangeFormat, string> = {
  otm: 'an OTM file',
  tmbom: 'a TM-BOM',
  'threat-dragon': 'a Threat Dragon model',
  drawio: 'a draw.io diagram',
};

export function importInterchange(
  format: InterchangeFormat,
  text: string,
  catalog: CatalogSource,
  options: OtmImportOptions,
): ImportResult<OtmImport> {
  if (format === 'drawio') return importDrawio(text, catalog, options);
  if (format === 'tmbom') return importTmBom(text, catalog, options);
  return format === 'otm' ? importOtm(text, catalog, options) : importThreatDragon(text, catalog, options);
}
