/** An OTM file or Threat Dragon model read into a new project, with the sentence the projects dialog shows (loss report and review list included). */
import type { CatalogSource } from '../../domain/rules/engineCatalog';
import { bundledTypeMap } from '../../domain/interchange/bundledTypeMap';
import type { InterchangeFormat } from '../../domain/interchange/detectInterchangeFormat';
import { importInterchange, INTERCHANGE_NAMES } from '../../domain/interchange/importInterchange';
import { describeImportError } from '../../domain/io/importErrors';
import type { WorkbenchDocument } from '../../domain/model/schema';

export function importInterchangeProject(
  format: InterchangeFormat,
  text: string,
  fileName: string,
  byteLength: number,
  catalog: CatalogSource,
  fresh: { id: string; now: string },
): { ok: true; document: WorkbenchDocument; message: string } | { ok: false; message: string } {
  const result = importInterchange(format, text, catalog, { ...fresh, typeMap: bundledTypeMap(), byteLength });
  if (!result.ok) return { ok: false, message: describeImportError(result.error, `"${fileName}"`) };
  const { document, review, losses } = result.value;
  const lost = losses.items.filter((i) => i.key !== 'review').map((i) => i.text);
  const toReview =
    review.length > 0 ? ` Review the type of: ${review.map((r) => r.text.split(':')[0]).join(', ')}.` : '';
  return {
    ok: true,
    document,
    message: `Imported "${document.name}" from ${INTERCHANGE_NAMES[format]} (${Object.keys(document.components).length} components).${toReview}${lost.length > 0 ? ` Note: ${lost.join(' ')}` : ''}`,
  };
}
