/**
 * What every import does with a part whose type the mapping table does not know (issue 21):
 * it gets the table's `unknownComponentType` (the catalog's neutral "Unmapped component"),
 * and keeps the type name the file gave it, as the metadata attribute `interchange.sourceType`,
 * as the type's own `sourceType` attribute when it declares one (shown in the inspector), and
 * in the notes, so the reviewer can choose the real type.
 */
import type { CatalogData } from '../catalog/schema';
import { defaultAttributes } from '../model/componentDefaults';
import { LIMITS, type Component } from '../model/schema';

const MAX_SOURCE_TYPE = 200;

export function flagUnmapped(
  component: Component,
  sourceType: string,
  formatName: string,
  catalog: Pick<CatalogData, 'componentTypes' | 'connectionTypes'>,
): void {
  const source = sourceType.replace(/\s+/g, ' ').trim().slice(0, MAX_SOURCE_TYPE) || 'none';
  const spec = catalog.componentTypes.find((t) => t.id === component.type);
  component.attributes = {
    ...defaultAttributes(catalog, component.type),
    ...component.attributes,
    'interchange.sourceType': source,
  };
  if (spec?.attributes.some((a) => a.id === 'sourceType' && a.type === 'text'))
    component.attributes.sourceType = source;
  const note = `Imported from ${formatName} as type "${source}", which the mapping table does not know: needs review, choose a type.`;
  component.notes = (component.notes.trim() !== '' ? `${component.notes}\n\n${note}` : note).slice(0, LIMITS.notes);
}
