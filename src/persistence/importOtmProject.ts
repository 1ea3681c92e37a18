/** An OTM file read into a new project, with the sentence the projects dialog shows (loss report and review list included). */
import type { CatalogSource } from '../domain/rules/engineCatalog';
import { bundledTypeMap } from '../domain/interchange/bundledTypeMap';
import { importOtm } from '../domain/interchange/otm/fromOtm';
import { describeImportError } from '../domain/io/importErrors';
import type { WorkbenchDocument } from '../domain/model/schema';

export function importOtmProject(
  text: string,
  fileName: string,
  byteLength: number,
  catalog: CatalogSource,
  fresh: { id: string; now: string },
): { ok: true; document: WorkbenchDocument; message: string } | { ok: false; message: string } {
  const result = importOtm(text, catalog, { ...fresh, typeMap: bundledTypeMap(), byteLength });
  if (!result.ok) return { ok: false, message: describeImportError(result.error, `"${fileName}"`) };
  const { document, review, losses } = result.value;
  const lost = losses.items.filter((i) => i.key !== 'review').map((i) => i.text);
  const toReview = review.length > 0 ? ` Review the type of: ${review.map((r) => r.text.split(':')[0]).join(', ')}.` : '';
  return { ok: true, document, message: `Imported "${document.name}" from an OTM file (${Object.keys(document.components).length} components).${toReview}${lost.length > 0 ? ` Note: ${lost.join(' ')}` : ''}` };
}
